export { majorityBaseline, meanBaseline } from './baseline';
export { accuracy, confusionMatrix, precisionRecallF1 } from './classificationMetrics';
export type { PrecisionRecallF1 } from './classificationMetrics';
export { classificationMetrics } from './classificationSummary';
export type { ClassificationMetrics } from './classificationSummary';
export { summariseFoldMetrics, summariseFolds } from './crossValidation';
export type { FoldSummary } from './crossValidation';
export { LOG_LOSS_EPSILON, logLoss } from './logLoss';
export {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  r2Score,
  regressionMetrics,
  rootMeanSquaredError,
} from './regressionMetrics';
export type { PercentageError, RegressionMetrics } from './regressionMetrics';
export { binaryRocAuc, probabilityColumn, rocAuc, rocCurve } from './rocAuc';
export type { RocCurve } from './rocAuc';
