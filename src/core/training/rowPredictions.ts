import type { Predictions, TrainingSet } from '../models/modelTypes';
import type { RowPredictions, SplitPart } from '../results/resultTypes';

/** One part's encoded rows, the table rows behind them, and the model's predictions for them. */
export interface ScoredPart {
  readonly part: SplitPart;
  readonly data: TrainingSet;
  readonly tableRows: Int32Array;
  readonly predictions: Predictions;
}

/** Concatenates every part's rows into the columnar per-row record the results screen draws. */
export function rowPredictions(
  parts: readonly ScoredPart[],
  classes: readonly string[] | null,
): RowPredictions {
  const total = parts.reduce((sum, p) => sum + p.data.rows, 0);
  const width = classes?.length ?? 0;
  const rows = new Int32Array(total);
  const part = new Uint8Array(total);
  const actual = new Float64Array(total);
  const predicted = new Float64Array(total);
  const hasProbabilities = classes !== null && parts.every((p) => p.predictions.probabilities);
  const probabilities = hasProbabilities ? new Float64Array(total * width) : null;
  let offset = 0;
  for (const p of parts) {
    const n = p.data.rows;
    rows.set(p.tableRows.subarray(0, n), offset);
    part.fill(p.part, offset, offset + n);
    actual.set(p.data.y.subarray(0, n), offset);
    predicted.set(p.predictions.values.subarray(0, n), offset);
    if (probabilities && p.predictions.probabilities) {
      probabilities.set(p.predictions.probabilities.subarray(0, n * width), offset * width);
    }
    offset += n;
  }
  return { rows, part, actual, predicted, probabilities, classes };
}
