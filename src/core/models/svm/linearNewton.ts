import { choleskySolve } from './choleskySolve';
import type { DcdFit } from './linearDcd';
import type { LinearRows } from './linearRows';
import { convergenceFraction } from './progressFraction';

/** Differentiable losses of a decision z against a target (a class sign or a value). */
export type SmoothLoss =
  | { readonly kind: 'squared-hinge' }
  | { readonly kind: 'squared-epsilon'; readonly epsilon: number };

export interface NewtonSettings {
  readonly C: number;
  readonly tol: number;
  readonly maxIterations: number;
  readonly onProgress?: (fraction: number) => void;
}

/** The part of the loss that is not zero: the hinge's shortfall 1 - y z, or |z - t| - eps. */
function excess(loss: SmoothLoss, z: number, target: number): number {
  if (loss.kind === 'squared-hinge') return 1 - target * z;
  return Math.abs(z - target) - loss.epsilon;
}

/** d(excess^2)/dz where the excess is positive. */
function slope(loss: SmoothLoss, z: number, target: number, over: number): number {
  if (loss.kind === 'squared-hinge') return -2 * target * over;
  return z > target ? 2 * over : -2 * over;
}

/** Decisions z_i = w . [x_i, 1] and the primal objective 1/2 |w|^2 + C sum(excess^2). */
function evaluate(
  data: LinearRows,
  targets: ArrayLike<number>,
  loss: SmoothLoss,
  C: number,
  w: Float64Array,
  z: Float64Array,
): number {
  const { x, cols } = data;
  let lossSum = 0;
  for (let i = 0; i < data.rows; i++) {
    const offset = i * cols;
    let sum = w[cols]!;
    for (let f = 0; f < cols; f++) sum += w[f]! * x[offset + f]!;
    z[i] = sum;
    const over = excess(loss, sum, targets[i]!);
    if (over > 0) lossSum += over * over;
  }
  let norm = 0;
  for (let f = 0; f <= cols; f++) norm += w[f]! * w[f]!;
  return norm / 2 + C * lossSum;
}

/** Gradient w + C sum(slope_i [x_i, 1]) and generalised Hessian I + 2C sum([x_i,1][x_i,1]'). */
function gradientAndHessian(
  data: LinearRows,
  targets: ArrayLike<number>,
  loss: SmoothLoss,
  C: number,
  w: Float64Array,
  z: Float64Array,
): { gradient: Float64Array; hessian: Float64Array } {
  const { x, cols } = data;
  const size = cols + 1;
  const gradient = Float64Array.from(w);
  const hessian = new Float64Array(size * size);
  const row = new Float64Array(size);
  row[cols] = 1;
  for (let i = 0; i < data.rows; i++) {
    const over = excess(loss, z[i]!, targets[i]!);
    if (over <= 0) continue;
    for (let f = 0; f < cols; f++) row[f] = x[i * cols + f]!;
    const g = C * slope(loss, z[i]!, targets[i]!, over);
    for (let a = 0; a < size; a++) {
      const ra = row[a]!;
      gradient[a] = gradient[a]! + g * ra;
      const scaled = 2 * C * ra;
      // Upper triangle only; mirrored below once the pass is done.
      for (let b = a; b < size; b++)
        hessian[a * size + b] = hessian[a * size + b]! + scaled * row[b]!;
    }
  }
  for (let a = 0; a < size; a++) {
    hessian[a * size + a] = hessian[a * size + a]! + 1;
    for (let b = 0; b < a; b++) hessian[a * size + b] = hessian[b * size + a]!;
  }
  return { gradient, hessian };
}

const norm2 = (v: Float64Array): number =>
  Math.sqrt(v.reduce((sum, value) => sum + value * value, 0));

/**
 * The primal of the L2-regularised linear SVM with a squared loss (squared hinge for SVC,
 * squared epsilon-insensitive for SVR) by Newton's method with the generalised Hessian and an
 * Armijo line search (Keerthi & DeCoste 2005; liblinear's primal solvers use the same objective).
 * Each step costs one pass building the (cols+1)^2 Hessian and one pass per line-search trial,
 * and a handful of steps suffice when rows far outnumber columns, where dual coordinate descent
 * may need hundreds of passes. Stops when |gradient| <= tol |first gradient|.
 */
export function fitLinearNewton(
  data: LinearRows,
  targets: ArrayLike<number>,
  loss: SmoothLoss,
  settings: NewtonSettings,
): DcdFit {
  const w = new Float64Array(data.cols + 1);
  const z = new Float64Array(data.rows);
  const trialZ = new Float64Array(data.rows);
  let value = evaluate(data, targets, loss, settings.C, w, z);
  let firstNorm = NaN;
  for (let step = 1; step <= settings.maxIterations; step++) {
    const { gradient, hessian } = gradientAndHessian(data, targets, loss, settings.C, w, z);
    const gradientNorm = norm2(gradient);
    if (Number.isNaN(firstNorm)) firstNorm = gradientNorm;
    const target = settings.tol * firstNorm;
    settings.onProgress?.(convergenceFraction(firstNorm, gradientNorm, target));
    if (gradientNorm <= target) return { weights: w, passes: step, converged: true };
    const direction = choleskySolve(hessian, gradient, data.cols + 1).map((v) => -v);
    const slopeAlong = direction.reduce((sum, d, k) => sum + d * gradient[k]!, 0);
    let length = 1;
    const trial = new Float64Array(w.length);
    for (;;) {
      for (let k = 0; k < w.length; k++) trial[k] = w[k]! + length * direction[k]!;
      const trialValue = evaluate(data, targets, loss, settings.C, trial, trialZ);
      if (trialValue <= value + 0.01 * length * slopeAlong || length < 1e-10) {
        w.set(trial);
        z.set(trialZ);
        value = trialValue;
        break;
      }
      length /= 2;
    }
  }
  return { weights: w, passes: settings.maxIterations, converged: false };
}
