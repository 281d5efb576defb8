import type { RegressionDiagnostics, ResidualPoint } from '../../../core/results/resultTypes';
import type { PartName } from '../chartPalette';

/** What each regression diagnostic chart is drawn from. */
export interface DiagnosticChartProps {
  readonly diagnostics: RegressionDiagnostics;
  readonly visible: ReadonlySet<PartName>;
  /** Residual points by table row, for tooltips of any chart. */
  readonly byRow: ReadonlyMap<number, ResidualPoint>;
  /** Table columns listed in tooltips. */
  readonly cellColumns: readonly string[];
}
