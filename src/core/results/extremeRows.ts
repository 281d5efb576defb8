import type { ResidualColumns } from './residualColumns';

/** Index of the smallest and of the largest value (first occurrence); -1 when empty. */
export function argExtremes(values: Float64Array): { min: number; max: number } {
  let min = -1;
  let max = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (min < 0 || value < (values[min] as number)) min = i;
    if (max < 0 || value > (values[max] as number)) max = i;
  }
  return { min, max };
}

/**
 * Indices of the `k` largest |residual|, largest first; equal sizes keep the earlier row. Kept as a
 * short sorted list: a row is inserted only when it beats the current k-th, so O(n) in practice.
 */
export function largestAbsoluteRows(residual: Float64Array, k: number): Int32Array {
  const size = Math.min(Math.max(0, Math.floor(k)), residual.length);
  const best = new Int32Array(size);
  const magnitude = new Float64Array(size);
  let filled = 0;
  for (let i = 0; i < residual.length && size > 0; i++) {
    const value = Math.abs(residual[i] as number);
    if (filled === size && !(value > (magnitude[size - 1] as number))) continue;
    let at = filled === size ? size - 1 : filled;
    while (at > 0 && value > (magnitude[at - 1] as number)) {
      magnitude[at] = magnitude[at - 1] as number;
      best[at] = best[at - 1] as number;
      at--;
    }
    magnitude[at] = value;
    best[at] = i;
    if (filled < size) filled++;
  }
  return best;
}

/**
 * The rows a residual chart must never drop, most important first: the largest |residual|, the
 * min/max of actual, predicted and residual, then the rest of the `largest` biggest residuals.
 */
export function extremeRows(columns: ResidualColumns, largest: number): number[] {
  const top = largestAbsoluteRows(columns.residual, largest);
  const actual = argExtremes(columns.actual);
  const predicted = argExtremes(columns.predicted);
  const residual = argExtremes(columns.residual);
  const ranked = [
    ...top.subarray(0, 1),
    actual.min,
    actual.max,
    predicted.min,
    predicted.max,
    residual.min,
    residual.max,
    ...top.subarray(1),
  ];
  return [...new Set(ranked.filter((index) => index >= 0))];
}
