import type { FitPoint, SplitPart } from '../results/resultTypes';
import { sampleIndices } from './sampleIndices';

export interface ScatterInput {
  readonly rows: Int32Array;
  readonly parts: Uint8Array;
  readonly actual: Float64Array;
  /** The raw feature value per entry; NaN when missing (such entries are not drawn). */
  readonly x: Float64Array;
  readonly maxPoints: number;
  readonly random: () => number;
}

/**
 * Scatter points of the fit chart, feature value against actual target: every drawable entry, or
 * `maxPoints` of them drawn at random, always including the smallest and largest x and y.
 */
export function scatterPoints(input: ScatterInput): { points: FitPoint[]; total: number } {
  const { rows, parts, actual } = input;
  const { entries, xs, ys } = drawableEntries(input);
  const extremes = extremePositions(xs, ys);
  const order = extremesFirst(entries.length, extremes);
  const chosen = sampleIndices(
    entries.length,
    input.maxPoints,
    input.random,
    order,
    extremes.length,
  );
  const points = Array.from(chosen, (position): FitPoint => {
    const entry = entries[position] as number;
    const row = rows[entry] as number;
    return {
      row,
      part: parts[entry] as SplitPart,
      x: xs[position] as number,
      y: actual[entry] as number,
    };
  });
  return { points, total: entries.length };
}

/** Entries with a feature value and a finite target, with those values. */
function drawableEntries({ rows, actual, x: values }: ScatterInput) {
  const entries = new Int32Array(rows.length);
  const xs = new Float64Array(rows.length);
  const ys = new Float64Array(rows.length);
  let count = 0;
  for (let entry = 0; entry < rows.length; entry++) {
    const x = values[entry] as number;
    const y = actual[entry] as number;
    if (Number.isNaN(x) || !Number.isFinite(y)) continue;
    entries[count] = entry;
    xs[count] = x;
    ys[count++] = y;
  }
  return {
    entries: entries.subarray(0, count),
    xs: xs.subarray(0, count),
    ys: ys.subarray(0, count),
  };
}

/** Distinct positions of the first minimum and maximum of x and of y. */
function extremePositions(xs: Float64Array, ys: Float64Array): number[] {
  if (xs.length === 0) return [];
  let [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x < (xs[minX] as number)) minX = i;
    if (x > (xs[maxX] as number)) maxX = i;
    if (y < (ys[minY] as number)) minY = i;
    if (y > (ys[maxY] as number)) maxY = i;
  }
  return [...new Set([minX, maxX, minY, maxY])];
}

/** 0..count-1 with the `first` positions moved to the front. */
function extremesFirst(count: number, first: readonly number[]): Int32Array {
  const order = new Int32Array(count);
  const taken = new Set(first);
  order.set(first);
  let at = first.length;
  for (let i = 0; i < count; i++) if (!taken.has(i)) order[at++] = i;
  return order;
}
