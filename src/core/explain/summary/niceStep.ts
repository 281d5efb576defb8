/**
 * A round step (1, 2 or 5 times a power of ten) near a feature's typical size, for sentences
 * like "each extra 1,000 in TV spend". The power of ten at or below the size is kept until the
 * size reaches 4 of them (then 2) or 8 of them (then 5), so the step is a quarter of the typical
 * size to the whole of it and leans to the plainest number: 3,400 → 1,000, 12 → 10, 45 → 20,
 * 0.9 → 0.5. Sizes that are not positive and finite give 1.
 */
export function niceStep(typicalSize: number): number {
  if (!(typicalSize > 0) || !Number.isFinite(typicalSize)) return 1;
  let exponent = Math.floor(Math.log10(typicalSize));
  // log10 can land one off near exact powers of ten; fix that with exact comparisons.
  if (powerOfTen(exponent) > typicalSize) exponent -= 1;
  if (powerOfTen(exponent + 1) <= typicalSize) exponent += 1;
  const mantissa = typicalSize / powerOfTen(exponent);
  const leading = mantissa >= 8 ? 5 : mantissa >= 4 ? 2 : 1;
  return scaled(leading, exponent);
}

function powerOfTen(exponent: number): number {
  return exponent >= 0 ? 10 ** exponent : 1 / 10 ** -exponent;
}

/** leading × 10^exponent, written so 2 × 10^-2 is exactly the double nearest 0.02. */
function scaled(leading: number, exponent: number): number {
  return exponent >= 0 ? leading * 10 ** exponent : leading / 10 ** -exponent;
}
