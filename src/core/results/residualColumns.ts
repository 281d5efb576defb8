import type { RowPredictions } from './resultTypes';

/** Regression rows with a finite actual and prediction, columnar; residual = actual - predicted. */
export interface ResidualColumns {
  readonly rows: Int32Array;
  readonly part: Uint8Array;
  readonly actual: Float64Array;
  readonly predicted: Float64Array;
  readonly residual: Float64Array;
}

/**
 * The rows a residual can be computed for (non-finite actuals or predictions are left out); the
 * input columns themselves when every row qualifies.
 */
export function residualColumns(predictions: RowPredictions): ResidualColumns {
  const { actual, predicted } = predictions;
  const n = actual.length;
  if (predicted.length !== n || predictions.rows.length !== n || predictions.part.length !== n) {
    throw new Error('row predictions have columns of different lengths');
  }
  let usable = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isFinite(actual[i]) && Number.isFinite(predicted[i])) usable++;
  }
  if (usable === n) {
    const residual = new Float64Array(n);
    for (let i = 0; i < n; i++) residual[i] = (actual[i] as number) - (predicted[i] as number);
    return { rows: predictions.rows, part: predictions.part, actual, predicted, residual };
  }
  const out = {
    rows: new Int32Array(usable),
    part: new Uint8Array(usable),
    actual: new Float64Array(usable),
    predicted: new Float64Array(usable),
    residual: new Float64Array(usable),
  };
  let j = 0;
  for (let i = 0; i < n; i++) {
    const y = actual[i] as number;
    const fitted = predicted[i] as number;
    if (!Number.isFinite(y) || !Number.isFinite(fitted)) continue;
    out.rows[j] = predictions.rows[i] as number;
    out.part[j] = predictions.part[i] as number;
    out.actual[j] = y;
    out.predicted[j] = fitted;
    out.residual[j] = y - fitted;
    j++;
  }
  return out;
}
