import { linearDecision, type LinearRows } from './linearRows';

/** (P(w) - D(a)) / |P(w)|: how far the dual iterate is from optimal, relative to the primal. */
function relativeGap(primal: number, dual: number): number {
  return (primal - dual) / Math.max(Math.abs(primal), Number.MIN_VALUE);
}

function squaredNorm(w: Float64Array): number {
  let sum = 0;
  for (let f = 0; f < w.length; f++) sum += w[f]! * w[f]!;
  return sum;
}

/**
 * Relative duality gap of linear SVC with w = sum(y_i a_i [x_i, 1]). Primal:
 * 1/2 |w|^2 + C sum(loss), loss = hinge (l1) or squared hinge (l2). Dual:
 * sum(a) - 1/2 |w|^2 (- sum(a^2) / (4C) for l2). One pass over the rows.
 */
export function svcDualityGap(
  data: LinearRows,
  labels: Int8Array,
  alpha: Float64Array,
  w: Float64Array,
  C: number,
  loss: 'l1' | 'l2',
): number {
  let lossSum = 0;
  let alphaSum = 0;
  let alphaSquares = 0;
  for (let i = 0; i < data.rows; i++) {
    const margin = 1 - labels[i]! * linearDecision(w, data, i);
    if (margin > 0) lossSum += loss === 'l1' ? margin : margin * margin;
    alphaSum += alpha[i]!;
    alphaSquares += alpha[i]! * alpha[i]!;
  }
  const half = squaredNorm(w) / 2;
  const primal = half + C * lossSum;
  const dual = alphaSum - half - (loss === 'l2' ? alphaSquares / (4 * C) : 0);
  return relativeGap(primal, dual);
}

/**
 * Relative duality gap of linear SVR with w = sum(b_i [x_i, 1]). Primal: 1/2 |w|^2 + C sum(loss),
 * loss = max(0, |w.x - y| - eps) or its square. Dual: sum(y b) - eps sum|b| - 1/2 |w|^2
 * (- sum(b^2) / (4C) for l2).
 */
export function svrDualityGap(
  data: LinearRows,
  targets: Float64Array,
  beta: Float64Array,
  w: Float64Array,
  epsilon: number,
  C: number,
  loss: 'l1' | 'l2',
): number {
  let lossSum = 0;
  let linearSum = 0;
  let betaSquares = 0;
  for (let i = 0; i < data.rows; i++) {
    const excess = Math.abs(linearDecision(w, data, i) - targets[i]!) - epsilon;
    if (excess > 0) lossSum += loss === 'l1' ? excess : excess * excess;
    const b = beta[i]!;
    linearSum += targets[i]! * b - epsilon * Math.abs(b);
    betaSquares += b * b;
  }
  const half = squaredNorm(w) / 2;
  const primal = half + C * lossSum;
  const dual = linearSum - half - (loss === 'l2' ? betaSquares / (4 * C) : 0);
  return relativeGap(primal, dual);
}
