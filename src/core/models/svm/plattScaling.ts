import type { PlattSigmoid } from './svmTypes';

const MAX_NEWTON_STEPS = 100;
const MIN_STEP = 1e-10;
const GRADIENT_TOLERANCE = 1e-5;
// A tiny ridge keeps the 2x2 Hessian invertible when all decisions are equal.
const RIDGE = 1e-12;

/** log(1 + e^z) without overflow. */
const softplus = (z: number): number =>
  z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));

/** P(positive) under the sigmoid: 1 / (1 + e^(a f + b)), computed without overflow. */
export function sigmoidProbability(sigmoid: PlattSigmoid, decision: number): number {
  const z = sigmoid.a * decision + sigmoid.b;
  return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
}

interface SigmoidFitData {
  readonly decisions: ArrayLike<number>;
  /** Platt's smoothed targets: (N+ + 1) / (N+ + 2) for positives, 1 / (N- + 2) for negatives. */
  readonly targets: Float64Array;
}

/** Cross-entropy of the targets under the sigmoid (a, b). */
function crossEntropy(data: SigmoidFitData, a: number, b: number): number {
  let sum = 0;
  for (let k = 0; k < data.targets.length; k++) {
    const z = a * data.decisions[k]! + b;
    sum += softplus(z) - (1 - data.targets[k]!) * z;
  }
  return sum;
}

/** Gradient and Hessian of the cross-entropy in (a, b). */
function derivatives(data: SigmoidFitData, a: number, b: number) {
  let ga = 0;
  let gb = 0;
  let haa = RIDGE;
  let hab = 0;
  let hbb = RIDGE;
  for (let k = 0; k < data.targets.length; k++) {
    const f = data.decisions[k]!;
    const p = sigmoidProbability({ a, b }, f);
    const residual = data.targets[k]! - p;
    const weight = p * (1 - p);
    ga += f * residual;
    gb += residual;
    haa += f * f * weight;
    hab += f * weight;
    hbb += weight;
  }
  return { ga, gb, haa, hab, hbb };
}

/**
 * Platt's sigmoid fitted to decision values (positive label = +1), by Newton's method with a
 * backtracking line search as recommended by Lin, Lin & Weng (2007) for numerical robustness.
 */
export function fitSigmoid(decisions: ArrayLike<number>, labels: ArrayLike<number>): PlattSigmoid {
  let positives = 0;
  for (let k = 0; k < labels.length; k++) if (labels[k]! > 0) positives++;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const targets = Float64Array.from({ length: labels.length }, (_, k) =>
    labels[k]! > 0 ? high : low,
  );
  const data = { decisions, targets };
  let a = 0;
  let b = Math.log((negatives + 1) / (positives + 1));
  let value = crossEntropy(data, a, b);
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const { ga, gb, haa, hab, hbb } = derivatives(data, a, b);
    if (Math.abs(ga) < GRADIENT_TOLERANCE && Math.abs(gb) < GRADIENT_TOLERANCE) break;
    const det = haa * hbb - hab * hab;
    const da = -(hbb * ga - hab * gb) / det;
    const db = -(-hab * ga + haa * gb) / det;
    const slope = ga * da + gb * db;
    let length = 1;
    while (length >= MIN_STEP) {
      const candidate = crossEntropy(data, a + length * da, b + length * db);
      if (candidate < value + 1e-4 * length * slope) {
        a += length * da;
        b += length * db;
        value = candidate;
        break;
      }
      length /= 2;
    }
    if (length < MIN_STEP) break;
  }
  return { a, b };
}
