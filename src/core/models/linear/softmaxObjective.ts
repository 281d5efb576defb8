import type { TrainingSet } from '../modelTypes';
import { addChunkHessian, CHUNK_ROWS, type SoftmaxChunk } from './softmaxHessian';

/**
 * A multinomial logistic problem on standardised features. There are `logitClasses.length`
 * linear predictors of q = 1 + kept.length parameters each (intercept first); a class not in
 * `logitClasses` has a linear predictor of 0 (the reference class).
 */
export interface SoftmaxProblem {
  readonly data: TrainingSet;
  readonly kept: Int32Array;
  readonly centers: Float64Array;
  readonly inverseScales: Float64Array;
  readonly classCount: number;
  readonly logitClasses: Int32Array;
  /** L2 weight per parameter of a block (0 for the intercept): adds ½ Σ λ_j θ_aj². */
  readonly penalty: Float64Array;
}

/** Objective and (optionally) derivatives at one parameter vector. */
export interface SoftmaxEvaluation {
  readonly objective: number;
  readonly negativeLogLikelihood: number;
  readonly gradient: Float64Array;
  /** Row-major, (m q)², or null when not requested. */
  readonly hessian: Float64Array | null;
  /** Smallest fitted probability of a row's own class (near 1 means perfect separation). */
  readonly smallestOwnProbability: number;
}

function fillChunk(problem: SoftmaxProblem, chunk: SoftmaxChunk): void {
  const { data, kept, centers, inverseScales } = problem;
  const { z, count, start } = chunk;
  z.fill(1, 0, count);
  for (let j = 0; j < kept.length; j += 1) {
    const column = kept[j]!;
    const center = centers[j]!;
    const inverseScale = inverseScales[j]!;
    const base = (j + 1) * CHUNK_ROWS;
    for (let i = 0; i < count; i += 1) {
      z[base + i] = (data.x[(start + i) * data.cols + column]! - center) * inverseScale;
    }
  }
}

/** Softmax probabilities of the chunk's rows; returns their negative log-likelihood. */
function chunkLikelihood(
  problem: SoftmaxProblem,
  theta: Float64Array,
  chunk: SoftmaxChunk,
): number {
  const { logitClasses, classCount, data } = problem;
  const { z, probabilities: p, count, start } = chunk;
  const q = problem.penalty.length;
  p.fill(0);
  for (let a = 0; a < logitClasses.length; a += 1) {
    const target = logitClasses[a]! * CHUNK_ROWS;
    for (let j = 0; j < q; j += 1) {
      const weight = theta[a * q + j]!;
      const column = j * CHUNK_ROWS;
      for (let i = 0; i < count; i += 1) p[target + i] = p[target + i]! + weight * z[column + i]!;
    }
  }
  let negativeLogLikelihood = 0;
  for (let i = 0; i < count; i += 1) {
    let largest = -Infinity;
    for (let k = 0; k < classCount; k += 1) largest = Math.max(largest, p[k * CHUNK_ROWS + i]!);
    let total = 0;
    for (let k = 0; k < classCount; k += 1) total += Math.exp(p[k * CHUNK_ROWS + i]! - largest);
    const logTotal = largest + Math.log(total);
    negativeLogLikelihood += logTotal - p[data.y[start + i]! * CHUNK_ROWS + i]!;
    for (let k = 0; k < classCount; k += 1) {
      p[k * CHUNK_ROWS + i] = Math.exp(p[k * CHUNK_ROWS + i]! - logTotal);
    }
  }
  return negativeLogLikelihood;
}

/** Adds Σ_i (p_ia − y_ia) z_i to the gradient block of each predictor a. */
function addChunkGradient(
  problem: SoftmaxProblem,
  chunk: SoftmaxChunk,
  gradient: Float64Array,
): void {
  const { logitClasses, data } = problem;
  const { z, probabilities, weights, count, start } = chunk;
  const q = problem.penalty.length;
  const y = data.y;
  for (let a = 0; a < logitClasses.length; a += 1) {
    const cls = logitClasses[a]!;
    const source = cls * CHUNK_ROWS;
    for (let i = 0; i < count; i += 1) {
      weights[i] = probabilities[source + i]! - (y[start + i] === cls ? 1 : 0);
    }
    for (let j = 0; j < q; j += 1) {
      const column = j * CHUNK_ROWS;
      let sum = 0;
      for (let i = 0; i < count; i += 1) sum += weights[i]! * z[column + i]!;
      gradient[a * q + j] = gradient[a * q + j]! + sum;
    }
  }
}

function smallestOwn(problem: SoftmaxProblem, chunk: SoftmaxChunk, smallest: number): number {
  let result = smallest;
  for (let i = 0; i < chunk.count; i += 1) {
    const own = problem.data.y[chunk.start + i]!;
    result = Math.min(result, chunk.probabilities[own * CHUNK_ROWS + i]!);
  }
  return result;
}

/** Adds the L2 penalty to the gradient and Hessian diagonal; returns its value. */
function addPenalty(
  problem: SoftmaxProblem,
  theta: Float64Array,
  gradient: Float64Array,
  hessian: Float64Array | null,
): number {
  const q = problem.penalty.length;
  const width = theta.length;
  let penalty = 0;
  theta.forEach((value, index) => {
    const weight = problem.penalty[index % q]!;
    penalty += 0.5 * weight * value * value;
    gradient[index] = gradient[index]! + weight * value;
    if (hessian) hessian[index * width + index] = hessian[index * width + index]! + weight;
  });
  return penalty;
}

function symmetrise(hessian: Float64Array, width: number): void {
  for (let i = 0; i < width; i += 1) {
    for (let j = 0; j < i; j += 1) hessian[i * width + j] = hessian[j * width + i]!;
  }
}

/** Negative log-likelihood plus penalty, its gradient, and optionally its Hessian, at θ. */
export function evaluateSoftmax(
  problem: SoftmaxProblem,
  theta: Float64Array,
  withHessian: boolean,
): SoftmaxEvaluation {
  const q = problem.penalty.length;
  const width = theta.length;
  const chunk: SoftmaxChunk = {
    count: 0,
    start: 0,
    z: new Float64Array(q * CHUNK_ROWS),
    probabilities: new Float64Array(problem.classCount * CHUNK_ROWS),
    weights: new Float64Array(CHUNK_ROWS),
    weighted: new Float64Array(CHUNK_ROWS),
  };
  const gradient = new Float64Array(width);
  const hessian = withHessian ? new Float64Array(width * width) : null;
  let negativeLogLikelihood = 0;
  let smallestOwnProbability = 1;
  for (let start = 0; start < problem.data.rows; start += CHUNK_ROWS) {
    chunk.start = start;
    chunk.count = Math.min(CHUNK_ROWS, problem.data.rows - start);
    fillChunk(problem, chunk);
    negativeLogLikelihood += chunkLikelihood(problem, theta, chunk);
    smallestOwnProbability = smallestOwn(problem, chunk, smallestOwnProbability);
    addChunkGradient(problem, chunk, gradient);
    if (hessian) addChunkHessian(problem.logitClasses, q, chunk, hessian);
  }
  if (hessian) symmetrise(hessian, width);
  const penalty = addPenalty(problem, theta, gradient, hessian);
  return {
    objective: negativeLogLikelihood + penalty,
    negativeLogLikelihood,
    gradient,
    hessian,
    smallestOwnProbability,
  };
}
