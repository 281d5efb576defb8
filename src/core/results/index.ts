export { classificationDiagnostics } from './classificationDiagnostics';
export type { ClassificationDiagnosticsOptions } from './classificationDiagnostics';
export { downsampleResidualRows } from './downsampleResidualRows';
export { regressionDiagnostics } from './regressionDiagnostics';
export type { RegressionDiagnosticsOptions } from './regressionDiagnostics';
export { residualColumns } from './residualColumns';
export type { ResidualColumns } from './residualColumns';
