import type { DcdFit, DcdSettings } from './linearDcd';
import { addScaledRow, linearDecision, rowNormsWithBias, type LinearRows } from './linearRows';
import { convergenceFraction } from './progressFraction';
import { svrDualityGap } from './dualityGap';
import { shufflePrefix } from './seededShuffle';

/**
 * How far beta_i is from optimal: the size of the smallest subgradient of
 * G beta_i + eps |beta_i| (+ bound constraints), where G = w . x_i - y_i + d beta_i.
 */
function violation(beta: number, upper: number, plus: number, minus: number): number {
  if (beta === 0) return Math.max(0, -plus, minus);
  if (beta >= upper) return Math.max(0, plus);
  if (beta <= -upper) return Math.max(0, -minus);
  return beta > 0 ? Math.abs(plus) : Math.abs(minus);
}

/**
 * The exact minimiser in d of eps |beta + d| + G d + h d^2 / 2, clipped to [-U, U]: the
 * one-variable step of Ho & Lin's dual coordinate descent for linear SVR (JMLR 2012).
 */
function newBeta(beta: number, upper: number, plus: number, minus: number, h: number): number {
  let next: number;
  if (plus < h * beta) next = beta - plus / h;
  else if (minus > h * beta) next = beta - minus / h;
  else next = 0;
  return Math.min(upper, Math.max(-upper, next));
}

// The duality gap costs a pass over the rows, so it is checked every few passes only.
const GAP_CHECK_EVERY = 4;

/**
 * L2-regularised linear SVR by dual coordinate descent on beta = a - a*, where
 * w = sum(beta_i x_i). L1 loss (epsilon-insensitive): |beta_i| <= C; L2 loss (squared):
 * unbounded with 1/(2C) on the diagonal. Stops when the summed violation of a pass falls to
 * `tol` times that of the first pass (liblinear's rule), or the relative duality gap to `tol`.
 */
export function fitLinearSvr(
  data: LinearRows,
  targets: Float64Array,
  epsilon: number,
  settings: DcdSettings,
): DcdFit {
  const upper = settings.loss === 'l1' ? settings.C : Infinity;
  const diagonal = settings.loss === 'l1' ? 0 : 1 / (2 * settings.C);
  const qbar = rowNormsWithBias(data, diagonal);
  const beta = new Float64Array(data.rows);
  const w = new Float64Array(data.cols + 1);
  const order = Int32Array.from({ length: data.rows }, (_, k) => k);
  let firstViolation = NaN;
  let passes = 0;
  while (passes < settings.maxPasses) {
    passes++;
    shufflePrefix(order, data.rows, settings.random);
    let totalViolation = 0;
    for (let k = 0; k < data.rows; k++) {
      const i = order[k]!;
      const b = beta[i]!;
      const g = linearDecision(w, data, i) - targets[i]! + diagonal * b;
      const plus = g + epsilon;
      const minus = g - epsilon;
      totalViolation += violation(b, upper, plus, minus);
      const next = newBeta(b, upper, plus, minus, qbar[i]!);
      if (next !== b) {
        beta[i] = next;
        addScaledRow(w, data, i, next - b);
      }
    }
    if (Number.isNaN(firstViolation)) firstViolation = totalViolation;
    const target = settings.tol * firstViolation;
    settings.onProgress?.(convergenceFraction(firstViolation, totalViolation, target));
    if (totalViolation <= target) return { weights: w, passes, converged: true };
    const gapDue = passes % GAP_CHECK_EVERY === 0;
    if (
      gapDue &&
      svrDualityGap(data, targets, beta, w, epsilon, settings.C, settings.loss) <= settings.tol
    ) {
      return { weights: w, passes, converged: true };
    }
  }
  return { weights: w, passes, converged: false };
}
