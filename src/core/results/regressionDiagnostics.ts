import { argsort } from './argsort';
import { DEFAULT_MAX_POINTS, downsampleResidualRows } from './downsampleResidualRows';
import { normalQq } from './normalQq';
import { residualColumns, type ResidualColumns } from './residualColumns';
import { residualHistogram } from './residualHistogram';
import { residualTrend } from './residualTrend';
import type {
  RegressionDiagnostics,
  ResidualPoint,
  RowPredictions,
  SplitPart,
} from './resultTypes';

export interface RegressionDiagnosticsOptions {
  /** Most points per chart (scatter and Q-Q); default 2000. */
  readonly maxPoints?: number;
  /** Histogram bins; default Freedman-Diaconis kept within 10..60. */
  readonly bins?: number;
}

function residualPoints(columns: ResidualColumns, indices: Int32Array): ResidualPoint[] {
  return Array.from(indices, (i) => ({
    row: columns.rows[i] as number,
    part: columns.part[i] as SplitPart,
    actual: columns.actual[i] as number,
    predicted: columns.predicted[i] as number,
    residual: columns.residual[i] as number,
  }));
}

/**
 * Residual diagnostics over every scored row (all parts; points carry `part` for filtering):
 * downsampled scatter points, binned-median trend, histogram with normal curve and normal Q-Q.
 * Rows whose actual or prediction is not finite are left out of everything, `total` included.
 */
export function regressionDiagnostics(
  predictions: RowPredictions,
  options: RegressionDiagnosticsOptions = {},
): RegressionDiagnostics {
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
  const columns = residualColumns(predictions);
  const residualOrder = argsort(columns.residual);
  const histogram = residualHistogram(
    { values: columns.residual, order: residualOrder },
    options.bins,
  );
  return {
    task: 'regression',
    total: columns.residual.length,
    points: residualPoints(columns, downsampleResidualRows(columns, maxPoints)),
    trend: residualTrend(columns),
    histogram,
    qq: normalQq(columns, residualOrder, histogram.mean, histogram.std, maxPoints),
  };
}
