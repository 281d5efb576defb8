import { normalCdf, normalPdf, studentTCdf, studentTPdf } from './distributions';

const MAX_STEPS = 200;

/**
 * Solves cdf(x) = p for an increasing CDF by Newton steps kept inside a bracket that is
 * widened from the starting guess; falls back to bisection when a step leaves the bracket.
 */
function invertCdf(
  cdf: (x: number) => number,
  pdf: (x: number) => number,
  p: number,
  start: number,
): number {
  let low = start - 1;
  let high = start + 1;
  while (cdf(low) > p) low = 2 * low - high;
  while (cdf(high) < p) high = 2 * high - low;
  let x = Math.min(Math.max(start, low), high);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const error = cdf(x) - p;
    if (error === 0) return x;
    if (error > 0) high = x;
    else low = x;
    let next = x - error / pdf(x);
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}

/** A rough lower-tail normal quantile (error < 0.1) to start the refinement from. */
function roughNormalQuantile(p: number): number {
  if (p > 0.15) return (p - 0.5) * Math.sqrt(2 * Math.PI);
  // From p ≈ φ(x) / x in the tail: x² ≈ −2 ln p − ln 2π − 2 ln x.
  const u = -2 * Math.log(p) - Math.log(2 * Math.PI);
  return -Math.sqrt(Math.max(u - Math.log(u), 0.5));
}

/** Standard normal quantile Φ⁻¹(p), accurate to ~1e-15 relative. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  return invertCdf(normalCdf, normalPdf, p, roughNormalQuantile(p));
}

/** Student t quantile for `df` degrees of freedom; df = Infinity gives the normal quantile. */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (df === Infinity) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  // Cauchy: tan(π(p − ½)) = −cot(πp), written so that p − ½ is never rounded.
  if (df === 1) return -1 / Math.tan(Math.PI * p);
  const z = normalQuantile(p);
  // Cornish–Fisher expansion of the t quantile around the normal one, as a starting point.
  const start = z + (z * z * z + z) / (4 * df);
  return invertCdf(
    (t) => studentTCdf(t, df),
    (t) => studentTPdf(t, df),
    p,
    Math.min(start, -1e-3),
  );
}
