import type { ImputeStrategy } from '../prepTypes';

/** scikit-learn's SimpleImputer fills numbers with 0 when no constant is given. */
export const DEFAULT_NUMBER_FILL = 0;
export const DEFAULT_LEVEL_FILL = 'missing';

/** Non-missing values of `values` at `rows`, in row order. */
export function observedValues(values: Float64Array, rows: Int32Array): Float64Array {
  const observed = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) {
    const value = values[row] as number;
    if (!Number.isNaN(value)) observed[count++] = value;
  }
  return observed.subarray(0, count);
}

/** The first of `rows` holding +/-Infinity, or -1. */
export function firstInfiniteRow(values: Float64Array, rows: Int32Array): number {
  for (const row of rows) {
    const value = values[row] as number;
    if (value === Infinity || value === -Infinity) return row;
  }
  return -1;
}

function mean(observed: Float64Array): number {
  let sum = 0;
  for (const value of observed) sum += value;
  return sum / observed.length;
}

function median(observed: Float64Array): number {
  const sorted = Float64Array.from(observed).sort();
  const middle = sorted.length >> 1;
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Most frequent value; ties go to the smallest, as in scikit-learn. */
function mostFrequent(observed: Float64Array): number {
  const sorted = Float64Array.from(observed).sort();
  let best = sorted[0] as number;
  let bestRun = 0;
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[runStart]) {
      if (i - runStart > bestRun) {
        bestRun = i - runStart;
        best = sorted[runStart] as number;
      }
      runStart = i;
    }
  }
  return best;
}

/** The number that fills missing cells, from the observed training values; null for 'drop-rows'. */
export function fitNumberFill(
  observed: Float64Array,
  strategy: ImputeStrategy,
  fillValue: number | string | undefined,
): number | null {
  if (strategy === 'drop-rows' || (strategy !== 'constant' && observed.length === 0)) return null;
  if (strategy === 'mean') return mean(observed);
  if (strategy === 'median') return median(observed);
  if (strategy === 'most-frequent') return mostFrequent(observed);
  return typeof fillValue === 'number' ? fillValue : DEFAULT_NUMBER_FILL;
}

/** Label counts of categorical training rows: count per code, missing cells apart. */
export function countLevels(
  codes: Int32Array,
  levelCount: number,
  rows: Int32Array,
): { counts: Float64Array; missing: number } {
  const counts = new Float64Array(levelCount);
  let missing = 0;
  for (const row of rows) {
    const code = codes[row] as number;
    if (code < 0) missing++;
    else counts[code] = (counts[code] as number) + 1;
  }
  return { counts, missing };
}

/** The level that fills missing cells; most frequent ties go to the first label in code-unit order. */
export function fitLevelFill(
  levels: readonly string[],
  counts: Float64Array,
  strategy: ImputeStrategy,
  fillValue: number | string | undefined,
): string | null {
  if (strategy === 'drop-rows') return null;
  if (strategy === 'constant')
    return fillValue === undefined ? DEFAULT_LEVEL_FILL : String(fillValue);
  let best: string | null = null;
  let bestCount = 0;
  levels.forEach((label, code) => {
    const count = counts[code] as number;
    if (count > bestCount || (count === bestCount && count > 0 && best !== null && label < best)) {
      best = label;
      bestCount = count;
    }
  });
  return best;
}
