import type { HiddenActivation } from '../neuralTypes';
import { addBias } from './denseProducts';

// One loop per activation (not a switch per element) so each stays a tight monomorphic loop.

/** Applies a hidden activation to the first `count` values in place, as tfjs's cpu kernels do. */
export function activateInPlace(
  values: Float64Array,
  count: number,
  activation: HiddenActivation,
): void {
  switch (activation) {
    case 'relu':
      for (let k = 0; k < count; k++) values[k] = Math.max(0, values[k] as number);
      return;
    case 'tanh':
      for (let k = 0; k < count; k++) values[k] = Math.tanh(values[k] as number);
      return;
    case 'elu':
      for (let k = 0; k < count; k++) {
        const v = values[k] as number;
        values[k] = v >= 0 ? v : Math.exp(v) - 1;
      }
      return;
    case 'sigmoid':
      for (let k = 0; k < count; k++) values[k] = 1 / (1 + Math.exp(-(values[k] as number)));
      return;
  }
}

/**
 * Adds bias[j] to column j of `rows` rows and applies the activation in place: relu in the same
 * pass (the default activation; one pass over the layer instead of two), the others after.
 */
export function addBiasAndActivate(
  values: Float64Array,
  rows: number,
  bias: Float64Array,
  activation: HiddenActivation,
): void {
  const units = bias.length;
  if (activation !== 'relu') {
    addBias(values, rows, bias);
    activateInPlace(values, rows * units, activation);
    return;
  }
  for (let row = 0; row < rows; row++) {
    const start = row * units;
    for (let j = 0; j < units; j++) {
      values[start + j] = Math.max(0, (values[start + j] as number) + (bias[j] as number));
    }
  }
}

/**
 * Multiplies the upstream gradient in place by the activation's derivative, written with the
 * activation's output `a` (relu: a > 0; tanh: 1 - a^2; sigmoid: a (1 - a); elu: 1 where a >= 0,
 * else a + 1, as tfjs's EluGrad).
 */
export function multiplyByDerivative(
  upstream: Float64Array,
  a: Float64Array,
  count: number,
  activation: HiddenActivation,
): void {
  switch (activation) {
    case 'relu':
      for (let k = 0; k < count; k++) if (!((a[k] as number) > 0)) upstream[k] = 0;
      return;
    case 'tanh':
      for (let k = 0; k < count; k++) {
        const v = a[k] as number;
        upstream[k] = (upstream[k] as number) * (1 - v * v);
      }
      return;
    case 'elu':
      for (let k = 0; k < count; k++) {
        const v = a[k] as number;
        if (v < 0) upstream[k] = (upstream[k] as number) * (v + 1);
      }
      return;
    case 'sigmoid':
      for (let k = 0; k < count; k++) {
        const v = a[k] as number;
        upstream[k] = (upstream[k] as number) * v * (1 - v);
      }
      return;
  }
}

/** values *= multipliers, element by element, over the first `count` values. */
export function multiplyInPlace(
  values: Float64Array,
  multipliers: Float64Array,
  count: number,
): void {
  for (let k = 0; k < count; k++) values[k] = (values[k] as number) * (multipliers[k] as number);
}
