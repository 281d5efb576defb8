import type { ResidualHistogram, XY } from '../../../core/results/resultTypes';

/** Smallest and largest finite value; a flat or empty range is widened so an axis can draw it. */
export function extentOf(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  if (lo > hi) return [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** Linear interpolation of a curve sorted by x at `x`; outside the curve, its nearest end. */
export function interpolateAt(curve: readonly XY[], x: number): number | null {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last) return null;
  if (x <= first.x) return first.y;
  if (x >= last.x) return last.y;
  let low = 0;
  let high = curve.length - 1;
  // Binary search for the segment [low, high] holding x.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if ((curve[mid]?.x ?? x) <= x) low = mid;
    else high = mid;
  }
  const a = curve[low] ?? first;
  const b = curve[high] ?? last;
  if (b.x === a.x) return a.y;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

export interface HistogramBar {
  readonly mid: number;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** The normal curve at the bin's middle, in counts per bin. */
  readonly normal: number | null;
}

/** One bar per bin, with the normal curve read at the bin's middle so both share a category axis. */
export function histogramBars(histogram: ResidualHistogram): HistogramBar[] {
  return histogram.bins.map((bin) => {
    const mid = (bin.from + bin.to) / 2;
    return {
      mid,
      from: bin.from,
      to: bin.to,
      count: bin.count,
      normal: interpolateAt(histogram.normalCurve, mid),
    };
  });
}

export interface NiceAxis {
  readonly domain: [number, number];
  readonly ticks: number[];
}

/** Round axis bounds covering [lo, hi] with about `count` ticks 1, 2 or 5 × 10^k apart. */
export function niceAxis(lo: number, hi: number, count = 5): NiceAxis {
  const rough = (hi - lo) / Math.max(1, count - 1);
  if (!(rough > 0) || !Number.isFinite(rough)) return { domain: [lo, hi], ticks: [lo, hi] };
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // Enough decimals to print the step exactly; rounding removes float noise like 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return { domain: [ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi], ticks };
}

/** Round axis (see niceAxis) over every finite value given. */
export function niceAxisOver(values: Iterable<number>, count = 5): NiceAxis {
  const [lo, hi] = extentOf(values);
  return niceAxis(lo, hi, count);
}

/** Axis of counts from 0 to at least `max` with whole-number ticks (at least 0..4). */
export function countAxis(max: number): NiceAxis {
  // A range of 4 or more over 5 ticks makes a step of 1 or more: never a fractional count.
  return niceAxis(0, Math.max(4, Math.ceil(max)));
}
