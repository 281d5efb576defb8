import type { TailPair } from './incompleteBeta';
import { logGamma } from './logGamma';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 100000;

/** Power series for P(a, x) / prefactor, used for x < a + 1. */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_TERMS; n += 1) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** Legendre continued fraction for Q(a, x) / prefactor (modified Lentz), used for x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let numeratorTerm = 1 / TINY;
  let denominatorTerm = 1 / b;
  let fraction = denominatorTerm;
  for (let n = 1; n <= MAX_TERMS; n += 1) {
    const coefficient = -n * (n - a);
    b += 2;
    denominatorTerm = coefficient * denominatorTerm + b;
    if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
    numeratorTerm = b + coefficient / numeratorTerm;
    if (Math.abs(numeratorTerm) < TINY) numeratorTerm = TINY;
    denominatorTerm = 1 / denominatorTerm;
    const change = denominatorTerm * numeratorTerm;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) break;
  }
  return fraction;
}

/** Regularized incomplete gamma P(a, x) (lower) and Q(a, x) (upper), ~1e-14 relative. */
export function regularizedGamma(a: number, x: number): TailPair {
  if (!(a > 0) || !(x >= 0)) return { lower: NaN, upper: NaN };
  if (x === 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    const lower = Math.exp(logPrefactor) * gammaSeries(a, x);
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logPrefactor) * gammaContinuedFraction(a, x);
  return { lower: 1 - upper, upper };
}
