/**
 * exp(x) for x <= 0, the range an RBF kernel needs, as plain arithmetic V8 can inline.
 *
 * Math.exp compiles to a call into V8's C++ fdlibm port; in the kernel-row loop that call (and
 * the registers it spills) cost about as much as the 10-feature dot product. This version does the
 * usual table reduction: x = (64 m + j) ln2 / 64 + r with |r| <= ln2 / 128, so
 * exp(x) = 2^-(m') 2^(j / 64) exp(r), the two powers from tables and exp(r) from a degree-6
 * Taylor polynomial (truncation below 1e-16 on that interval). Relative error stays within a few
 * units in the last place of a double, far below the float32 rounding of the kernel cache.
 */

// rbfRow.ts repeats this computation with these values as literals (see there why).
const STEPS_PER_OCTAVE = 64;
const SCALE = STEPS_PER_OCTAVE / Math.LN2;
// Adding and subtracting 1.5 * 2^52 rounds a double below 2^51 in size to the nearest integer.
const ROUNDER = 6755399441055744;
// ln2 / 64 split Cody-Waite style (fdlibm's ln2 hi / lo, divided by 64): STEP_HI has trailing
// zero bits, so k * STEP_HI is exact for the k this range gives, and STEP_LO restores the rest.
const STEP_HI = 6.9314718036912382e-1 / STEPS_PER_OCTAVE;
const STEP_LO = 1.9082149292705877e-10 / STEPS_PER_OCTAVE;
/** Below this exp(x) rounds to zero even as a subnormal double. */
const UNDERFLOW = -745.2;
const OCTAVES = 1076;

/** 2^(j / 64) for j = 0..63. */
export const fractionPowers = Float64Array.from({ length: STEPS_PER_OCTAVE }, (_, j) =>
  Math.exp((j * Math.LN2) / STEPS_PER_OCTAVE),
);
/** 2^-m for m = 0..OCTAVES-1 (exact powers of two, subnormal at the end). */
export const octavePowers = Float64Array.from({ length: OCTAVES }, (_, m) => 2 ** -m);

/** exp(x) for x <= 0 (NaN stays NaN); callers guarantee the sign. */
export function expNonPositive(x: number): number {
  if (x < UNDERFLOW) return 0;
  const kd = x * SCALE + ROUNDER - ROUNDER;
  const r = x - kd * STEP_HI - kd * STEP_LO;
  const k = kd | 0;
  const poly =
    1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  // k <= 0, so k >> 6 (rounding towards -infinity) is minus the octave and k & 63 the step.
  return fractionPowers[k & (STEPS_PER_OCTAVE - 1)]! * octavePowers[-(k >> 6)]! * poly;
}
