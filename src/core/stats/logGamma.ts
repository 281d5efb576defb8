/*
 * Log-gamma and log-beta from the Stirling series, shifted up by the recurrence
 * Γ(x + 1) = x Γ(x) so the series is only used where it is accurate to ~1e-16.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const STIRLING_FROM = 10;

/** Stirling correction δ(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π], valid for x ≥ 10. */
export function stirlingCorrection(x: number): number {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  // Bernoulli terms B_2k / (2k (2k − 1)), innermost first; next term is < 1e-17 at x = 10.
  let series = -3617 / 122400;
  series = series * inverseSquared + 1 / 156;
  series = series * inverseSquared - 691 / 360360;
  series = series * inverseSquared + 1 / 1188;
  series = series * inverseSquared - 1 / 1680;
  series = series * inverseSquared + 1 / 1260;
  series = series * inverseSquared - 1 / 360;
  series = series * inverseSquared + 1 / 12;
  return series * inverse;
}

/** Natural log of the gamma function for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x === Infinity) return Infinity;
  let shifted = x;
  let product = 1;
  while (shifted < STIRLING_FROM) {
    product *= shifted;
    shifted += 1;
  }
  const stirling =
    (shifted - 0.5) * Math.log(shifted) - shifted + HALF_LOG_TWO_PI + stirlingCorrection(shifted);
  return stirling - Math.log(product);
}

/** Natural log of the beta function B(a, b) for a, b > 0, without cancellation for large a or b. */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (large < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = a + b;
  if (small < STIRLING_FROM) {
    // lnΓ(large) − lnΓ(large + small), written so the big terms cancel analytically.
    const ratio =
      -(large - 0.5) * Math.log1p(small / large) -
      small * Math.log(sum) +
      small +
      stirlingCorrection(large) -
      stirlingCorrection(sum);
    return logGamma(small) + ratio;
  }
  return (
    HALF_LOG_TWO_PI -
    (a - 0.5) * Math.log1p(b / a) -
    (b - 0.5) * Math.log1p(a / b) -
    0.5 * Math.log(sum) +
    stirlingCorrection(a) +
    stirlingCorrection(b) -
    stirlingCorrection(sum)
  );
}
