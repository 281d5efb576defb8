import { logBeta } from './logGamma';

/** Both tails of a probability, each computed without subtracting from one where it is small. */
export interface TailPair {
  readonly lower: number;
  readonly upper: number;
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_TERMS = 100000;

/**
 * Continued fraction for I_x(a, b) / prefactor (DLMF 8.17.22), evaluated by the modified Lentz
 * method. Converges quickly when x < (a + 1) / (a + b + 2).
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  let numeratorTerm = 1;
  let denominatorTerm = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
  denominatorTerm = 1 / denominatorTerm;
  let fraction = denominatorTerm;
  for (let m = 1; m <= MAX_TERMS; m += 1) {
    const twoM = 2 * m;
    const evenCoefficient = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    const oddCoefficient = -((a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    for (const coefficient of [evenCoefficient, oddCoefficient]) {
      denominatorTerm = 1 + coefficient * denominatorTerm;
      if (Math.abs(denominatorTerm) < TINY) denominatorTerm = TINY;
      numeratorTerm = 1 + coefficient / numeratorTerm;
      if (Math.abs(numeratorTerm) < TINY) numeratorTerm = TINY;
      denominatorTerm = 1 / denominatorTerm;
      fraction *= denominatorTerm * numeratorTerm;
    }
    if (Math.abs(denominatorTerm * numeratorTerm - 1) < EPSILON) return fraction;
  }
  return fraction;
}

/** ln of x^a y^b / (a B(a, b)), with y = 1 − x passed in so neither log loses digits. */
function logPrefactor(a: number, b: number, x: number, y: number): number {
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  return a * logX + b * logY - logBeta(a, b) - Math.log(a);
}

/**
 * Regularized incomplete beta I_x(a, b) (lower) and 1 − I_x(a, b) (upper), both accurate to
 * ~1e-14 relative. Pass `y = 1 − x` when it is known more precisely than `1 − x`.
 */
export function regularizedBeta(a: number, b: number, x: number, y: number = 1 - x): TailPair {
  if (!(a > 0) || !(b > 0) || !(x >= 0) || !(y >= 0)) return { lower: NaN, upper: NaN };
  if (x === 0) return { lower: 0, upper: 1 };
  if (y === 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = Math.exp(logPrefactor(a, b, x, y)) * betaContinuedFraction(a, b, x);
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logPrefactor(b, a, y, x)) * betaContinuedFraction(b, a, y);
  return { lower: 1 - upper, upper };
}
