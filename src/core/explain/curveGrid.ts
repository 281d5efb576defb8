import { minimumFrom, selectInPlace } from './orderStatistic';

/** The lower and upper percentiles the grid spans, as scikit-learn's partial_dependence takes them. */
export const GRID_PERCENTILES = [0.02, 0.98] as const;

const PLOTTING_ALPHA = 0.4;
const PLOTTING_BETA = 0.4;

/**
 * Sample quantile with scipy.stats.mstats.mquantiles' default plotting positions (alphap = betap =
 * 0.4), the definition behind scikit-learn's partial dependence grid. Reorders `values` (no NaN).
 */
export function sampleQuantile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 1) return values[0] as number;
  // Written as scipy writes it, so the grid matches scikit-learn to the last bit.
  const position = n * p + (PLOTTING_ALPHA + p * (1 - PLOTTING_ALPHA - PLOTTING_BETA));
  const k = Math.floor(Math.min(Math.max(position, 1), n - 1));
  const gamma = Math.min(Math.max(position - k, 0), 1);
  const below = selectInPlace(values, k - 1);
  return (1 - gamma) * below + gamma * minimumFrom(values, k);
}

/** `count` evenly spaced values from `start` to `stop`, computed as numpy.linspace does. */
export function linspace(start: number, stop: number, count: number): Float64Array {
  if (count <= 1 || start === stop) return Float64Array.of(start);
  const step = (stop - start) / (count - 1);
  const values = Float64Array.from({ length: count }, (_, i) => i * step + start);
  values[count - 1] = stop;
  return values;
}

/** Distinct values in ascending order, or null as soon as there are `limit` of them. */
function fewDistinct(values: Float64Array, limit: number): Float64Array | null {
  const distinct = new Set<number>();
  for (const value of values) {
    distinct.add(value);
    if (distinct.size >= limit) return null;
  }
  return Float64Array.from(distinct).sort();
}

/**
 * Grid of a numeric or date feature from its training values (no NaN; reordered): the distinct
 * values when there are fewer than `size`, else `size` points from the 2nd to the 98th percentile
 * (scikit-learn's rule), widened to the full range when those percentiles coincide.
 */
export function quantileGrid(values: Float64Array, size: number): Float64Array {
  const distinct = fewDistinct(values, size);
  if (distinct !== null) return distinct;
  const low = sampleQuantile(values, GRID_PERCENTILES[0]);
  const high = sampleQuantile(values, GRID_PERCENTILES[1]);
  return low === high ? rangeGrid(values, size) : linspace(low, high, size);
}

/** `size` points evenly over the full range of the values (no NaN). */
export function rangeGrid(values: Float64Array, size: number): Float64Array {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return linspace(low, high, size);
}
