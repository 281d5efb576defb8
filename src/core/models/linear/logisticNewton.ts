import { choleskyFactor, choleskySolve } from '../../stats/choleskyFactor';
import { evaluateSoftmax, type SoftmaxEvaluation, type SoftmaxProblem } from './softmaxObjective';

const MAX_ITERATIONS = 100;
const MAX_HALVINGS = 40;
/** Newton stops once a full step moves no parameter by more than this (relative). */
const STEP_TOLERANCE = 1e-10;
/** Every row predicted with at least this probability for its own class: complete separation. */
const SEPARATED = 1 - 1e-10;
/** Relative predicted decrease below which the objective cannot rank steps any more. */
const QUADRATIC_REGIME = 1e-12;

/** Outcome of Newton's method: the optimum and the Hessian there, or why it failed. */
export type NewtonOutcome =
  | {
      readonly converged: true;
      readonly theta: Float64Array;
      readonly at: SoftmaxEvaluation;
      readonly iterations: number;
    }
  | {
      readonly converged: false;
      readonly reason: 'separation' | 'no-convergence';
      readonly theta: Float64Array;
    };

/** Rank-one term that fixes the sum of intercepts in the symmetric (all-classes) parameterisation. */
function withInterceptConstraint(
  hessian: Float64Array,
  width: number,
  blockSize: number,
  blocks: number,
): Float64Array {
  const fixed = Float64Array.from(hessian);
  for (let a = 0; a < blocks; a += 1) {
    for (let b = 0; b < blocks; b += 1) {
      const index = a * blockSize * width + b * blockSize;
      fixed[index] = fixed[index]! + 1 / blocks;
    }
  }
  return fixed;
}

/** The Newton direction H⁻¹g, or null when the Hessian is not positive definite. */
export function newtonDirection(
  problem: SoftmaxProblem,
  evaluation: SoftmaxEvaluation,
  symmetric: boolean,
): Float64Array | null {
  const width = evaluation.gradient.length;
  const q = problem.penalty.length;
  const hessian = evaluation.hessian!;
  const system = symmetric ? withInterceptConstraint(hessian, width, q, width / q) : hessian;
  const factor = choleskyFactor(system, width);
  return factor && choleskySolve(factor, width, evaluation.gradient);
}

/** Largest step component relative to the parameter it moves. */
function relativeStep(theta: Float64Array, direction: Float64Array, step: number): number {
  let largest = 0;
  direction.forEach((value, i) => {
    largest = Math.max(largest, Math.abs(step * value) / (1 + Math.abs(theta[i]!)));
  });
  return largest;
}

/**
 * True when the predicted decrease g·d / 2 is below the objective's rounding noise: the full
 * Newton step is then taken without a line search, which could not tell the points apart.
 */
function quadraticRegime(current: SoftmaxEvaluation, direction: Float64Array): boolean {
  let decrement = 0;
  direction.forEach((value, i) => (decrement += value * current.gradient[i]!));
  return decrement / 2 <= QUADRATIC_REGIME * (1 + Math.abs(current.objective));
}

/**
 * Tries the full Newton step (evaluated with its Hessian, which the next iteration needs), then
 * ½, ¼, ... until the objective does not increase. Null when no step does: θ is optimal to
 * rounding.
 */
function takeStep(
  problem: SoftmaxProblem,
  theta: Float64Array,
  direction: Float64Array,
  current: SoftmaxEvaluation,
): { theta: Float64Array; at: SoftmaxEvaluation } | null {
  const full = theta.map((value, i) => value - direction[i]!);
  const atFull = evaluateSoftmax(problem, full, true);
  if (atFull.objective <= current.objective || quadraticRegime(current, direction)) {
    return { theta: full, at: atFull };
  }
  let step = 0.5;
  for (let halving = 1; halving <= MAX_HALVINGS; halving += 1) {
    const candidate = theta.map((value, i) => value - step * direction[i]!);
    if (evaluateSoftmax(problem, candidate, false).objective <= current.objective) {
      return { theta: candidate, at: evaluateSoftmax(problem, candidate, true) };
    }
    step /= 2;
  }
  return null;
}

/**
 * Minimises the softmax objective by Newton's method with step halving. `symmetric` marks the
 * all-classes parameterisation, whose intercepts are identified only up to a shared constant.
 */
export function minimiseSoftmax(
  problem: SoftmaxProblem,
  start: Float64Array,
  symmetric: boolean,
): NewtonOutcome {
  let theta: Float64Array = Float64Array.from(start);
  let current = evaluateSoftmax(problem, theta, true);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    if (current.smallestOwnProbability > SEPARATED)
      return { converged: false, reason: 'separation', theta };
    const direction = newtonDirection(problem, current, symmetric);
    if (!direction) return { converged: false, reason: 'separation', theta };
    const fullStep = relativeStep(theta, direction, 1);
    const next = takeStep(problem, theta, direction, current);
    if (!next) return { converged: true, theta, at: current, iterations: iteration };
    theta = next.theta;
    current = next.at;
    if (fullStep <= STEP_TOLERANCE) {
      return { converged: true, theta, at: current, iterations: iteration };
    }
  }
  return { converged: false, reason: 'no-convergence', theta };
}
