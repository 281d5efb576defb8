import type { OutputActivation } from '../neuralTypes';

// Above this, softplus(z) = z to float32 precision (tfjs's softplus uses the same cut).
const SOFTPLUS_LINEAR_ABOVE = -(Math.log(1.1920928955078125e-7) + 2);

/**
 * The summed loss of `rows` logit rows against encoded targets (MSE, sigmoid or softmax
 * cross-entropy, as outputLoss.ts defines them), and in `delta` the gradient of the mean batch
 * loss at the logits: 2 (z - y) / (n k), (sigmoid(z) - y) / (n k), (softmax(z) - y) / n.
 */
export function outputLossInto(
  output: OutputActivation,
  logits: Float64Array,
  targets: Float64Array,
  rows: number,
  units: number,
  delta: Float64Array,
): number {
  if (output === 'softmax') return softmaxLoss(logits, targets, rows, units, delta);
  const count = rows * units;
  return output === 'sigmoid'
    ? sigmoidLoss(logits, targets, count, delta)
    : squaredLoss(logits, targets, count, delta);
}

function squaredLoss(z: Float64Array, y: Float64Array, count: number, delta: Float64Array): number {
  const scale = 2 / count;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const residual = (z[k] as number) - (y[k] as number);
    sum += residual * residual;
    delta[k] = residual * scale;
  }
  return sum;
}

/** softplus(z) - y z is the binary cross-entropy of sigmoid(z), stable for large |z|. */
function sigmoidLoss(z: Float64Array, y: Float64Array, count: number, delta: Float64Array): number {
  const scale = 1 / count;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const v = z[k] as number;
    const target = y[k] as number;
    const softplus = v > SOFTPLUS_LINEAR_ABOVE ? v : Math.log1p(Math.exp(v));
    sum += softplus - target * v;
    delta[k] = (1 / (1 + Math.exp(-v)) - target) * scale;
  }
  return sum;
}

/** Cross-entropy of each row's softmax, shifted by the row maximum so exp never overflows. */
function softmaxLoss(
  z: Float64Array,
  y: Float64Array,
  rows: number,
  units: number,
  delta: Float64Array,
): number {
  let sum = 0;
  for (let row = 0; row < rows; row++) {
    const start = row * units;
    let max = -Infinity;
    for (let j = 0; j < units; j++) max = Math.max(max, z[start + j] as number);
    let total = 0;
    for (let j = 0; j < units; j++) total += Math.exp((z[start + j] as number) - max);
    const logTotal = Math.log(total) + max;
    for (let j = 0; j < units; j++) {
      const logProbability = (z[start + j] as number) - logTotal;
      const target = y[start + j] as number;
      sum -= target * logProbability;
      delta[start + j] = (Math.exp(logProbability) - target) / rows;
    }
  }
  return sum;
}
