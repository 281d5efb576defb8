import { regularizedBeta } from './incompleteBeta';
import { regularizedGamma } from './incompleteGamma';
import { logBeta } from './logGamma';

const LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
}

/** Standard normal upper tail P(Z > x), accurate far into the tail. */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  // erfc(t) = Q(½, t²) with t = x / √2.
  const tails = regularizedGamma(0.5, 0.5 * x * x);
  return x >= 0 ? 0.5 * tails.upper : 0.5 + 0.5 * tails.lower;
}

/** Standard normal CDF P(Z ≤ x). */
export function normalCdf(x: number): number {
  return normalSf(-x);
}

/** Student t upper tail P(T > t) with `df` degrees of freedom (df > 0, not necessarily whole). */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const square = t * t;
  // P(|T| > |t|) = I_{df/(df+t²)}(df/2, ½); the complement is passed exactly.
  const tails = regularizedBeta(0.5 * df, 0.5, df / (df + square), square / (df + square));
  return t >= 0 ? 0.5 * tails.lower : 1 - 0.5 * tails.lower;
}

/** Student t CDF P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  return studentTSf(-t, df);
}

/** Two-sided p-value P(|T| > |t|) for a t statistic; df = Infinity gives the normal (z) test. */
export function twoSidedPValue(statistic: number, df: number): number {
  const magnitude = Math.abs(statistic);
  const upper = df === Infinity ? normalSf(magnitude) : studentTSf(magnitude, df);
  return Math.min(1, 2 * upper);
}

/** Student t density. */
export function studentTPdf(t: number, df: number): number {
  const logDensity =
    -0.5 * (df + 1) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(0.5 * df, 0.5);
  return Math.exp(logDensity);
}

/** F distribution upper tail P(F > f) with numerator df1 and denominator df2 degrees of freedom. */
export function fSf(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  const scaled = df1 * f;
  return regularizedBeta(0.5 * df2, 0.5 * df1, df2 / (df2 + scaled), scaled / (df2 + scaled)).lower;
}

/** F distribution CDF P(F ≤ f). */
export function fCdf(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 0;
  if (f === Infinity) return 1;
  const scaled = df1 * f;
  return regularizedBeta(0.5 * df2, 0.5 * df1, df2 / (df2 + scaled), scaled / (df2 + scaled)).upper;
}

/** Chi-square upper tail P(X > x) with k degrees of freedom. */
export function chiSquareSf(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return NaN;
  if (x <= 0) return 1;
  return regularizedGamma(0.5 * k, 0.5 * x).upper;
}

/** Chi-square CDF P(X ≤ x) with k degrees of freedom. */
export function chiSquareCdf(x: number, k: number): number {
  if (Number.isNaN(x) || !(k > 0)) return NaN;
  if (x <= 0) return 0;
  return regularizedGamma(0.5 * k, 0.5 * x).lower;
}
