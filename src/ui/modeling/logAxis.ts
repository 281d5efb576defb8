import type { AxisRange } from '../results/fixedAxis';

/** Mantissas of the 1-2-5 ladder a log axis steps along within each decade. */
const MANTISSAS = [1, 2, 5] as const;
/** More decades than this and only the powers of ten get a tick (else labels crowd). */
const MAX_DECADES_FOR_STEPS = 2;
/** Log10 rounding slack: a value a hair off a rung (float noise) still counts as on it. */
const SLACK = 1e-9;

/** m × 10^k parsed from its decimal text, so 2 × 10^-3 is exactly 0.002 (no float noise). */
const rung = (mantissa: number, exponent: number): number => Number(`${mantissa}e${exponent}`);

/** Every 1-2-5 rung from the decade below `lo` to the decade above `hi`, ascending. */
function ladder(lo: number, hi: number, mantissas: readonly number[]): number[] {
  const rungs: number[] = [];
  const first = Math.floor(Math.log10(lo)) - 1;
  const last = Math.floor(Math.log10(hi)) + 1;
  for (let exponent = first; exponent <= last; exponent++) {
    for (const mantissa of mantissas) rungs.push(rung(mantissa, exponent));
  }
  return rungs;
}

/** The smallest and largest positive finite value, or null when there is none. */
function positiveExtent(values: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) continue;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The range between the rung at or below `lo` and the rung at or above `hi` (never flat). */
function snap(lo: number, hi: number, rungs: readonly number[]): [number, number] {
  const below = rungs.filter((value) => value <= lo * (1 + SLACK)).at(-1) ?? lo;
  const above = rungs.find((value) => value >= hi * (1 - SLACK) && value > below) ?? hi;
  return [below, above];
}

/**
 * A log-scale axis over the positive values (zeros, negatives and non-finite ones are left out):
 * the range runs from the 1-2-5 step at or below the smallest to the one at or above the
 * largest, with a tick at each 1, 2 and 5 × 10^k inside; over more than two decades the range
 * snaps to powers of ten and only they get ticks. Computed here so Recharts neither searches
 * log ticks nor measures their labels.
 */
export function logAxis(values: Iterable<number>): AxisRange {
  const extent = positiveExtent(values);
  if (!extent) return { domain: [1, 10], ticks: [1, 10] };
  const [lo, hi] = extent;
  const steps = snap(lo, hi, ladder(lo, hi, MANTISSAS));
  const wide = Math.log10(steps[1] / steps[0]) > MAX_DECADES_FOR_STEPS + SLACK;
  const rungs = ladder(lo, hi, wide ? [1] : MANTISSAS);
  const domain = wide ? snap(lo, hi, rungs) : steps;
  const ticks = rungs.filter(
    (value) => value >= domain[0] * (1 - SLACK) && value <= domain[1] * (1 + SLACK),
  );
  return { domain, ticks };
}
