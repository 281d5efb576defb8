import * as tf from '@tensorflow/tfjs-core';
import type { LayerViews } from './flatParameters';
import type { DropoutStep } from './mlpGraph';
import type { HiddenActivation } from './neuralTypes';

/** What the backward pass needs from the forward pass. */
export interface ForwardTrace {
  /** The input of each dense layer (the batch, then each hidden output after dropout). */
  readonly layerInputs: readonly tf.Tensor2D[];
  /** Each hidden layer's activation before dropout (its derivative is a function of it). */
  readonly hiddenOutputs: readonly tf.Tensor2D[];
  /** Each hidden layer's dropout multiplier (0 or 1 / keep), or null without dropout. */
  readonly dropoutMultipliers: readonly (tf.Tensor2D | null)[];
  /** Output-layer pre-activations. */
  readonly logits: tf.Tensor2D;
}

// tfjs fuses these into the matMul kernel (tanh it does not).
const FUSABLE = new Set<HiddenActivation>(['relu', 'elu', 'sigmoid']);

function denseHidden(
  input: tf.Tensor2D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor1D,
  activation: HiddenActivation,
): tf.Tensor2D {
  if (FUSABLE.has(activation)) {
    const fusable = activation as 'relu' | 'elu' | 'sigmoid';
    return tf.fused.matMul({ a: input, b: kernel, bias, activation: fusable }) as tf.Tensor2D;
  }
  return tf.tanh(tf.fused.matMul({ a: input, b: kernel, bias })) as tf.Tensor2D;
}

/** tf.dropout's multiplier, kept so the backward pass applies the same mask. */
export function dropoutMultiplier(
  shape: [number, number],
  rate: number,
  seed: number,
): tf.Tensor2D {
  const keep = 1 - rate;
  const uniform = tf.randomUniform(shape, 0, 1, 'float32', seed);
  return tf.div(tf.floor(tf.add(uniform, keep)), keep);
}

/** The forward pass of a training step (dropout after each hidden layer when given). */
export function forwardTrace(
  views: LayerViews,
  x: tf.Tensor2D,
  activation: HiddenActivation,
  dropout: DropoutStep | null,
): ForwardTrace {
  const layerInputs: tf.Tensor2D[] = [x];
  const hiddenOutputs: tf.Tensor2D[] = [];
  const dropoutMultipliers: (tf.Tensor2D | null)[] = [];
  const last = views.kernels.length - 1;
  for (let layer = 0; layer < last; layer++) {
    const input = layerInputs[layer] as tf.Tensor2D;
    const kernel = views.kernels[layer] as tf.Tensor2D;
    const hidden = denseHidden(input, kernel, views.biases[layer] as tf.Tensor1D, activation);
    hiddenOutputs.push(hidden);
    const multiplier =
      dropout !== null && dropout.rate > 0
        ? dropoutMultiplier([input.shape[0], kernel.shape[1]], dropout.rate, dropout.seed + layer)
        : null;
    dropoutMultipliers.push(multiplier);
    layerInputs.push(multiplier === null ? hidden : tf.mul(hidden, multiplier));
  }
  const logits = tf.fused.matMul({
    a: layerInputs[last] as tf.Tensor2D,
    b: views.kernels[last] as tf.Tensor2D,
    bias: views.biases[last] as tf.Tensor1D,
  }) as tf.Tensor2D;
  return { layerInputs, hiddenOutputs, dropoutMultipliers, logits };
}

/** The upstream gradient times the activation's derivative, written with its output `a`. */
function throughActivation(
  upstream: tf.Tensor2D,
  a: tf.Tensor2D,
  activation: HiddenActivation,
): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.mul(upstream, tf.step(a));
    case 'tanh':
      return tf.mul(upstream, tf.sub(1, tf.square(a)));
    case 'sigmoid':
      return tf.mul(upstream, tf.mul(a, tf.sub(1, a)));
    case 'elu':
      // tfjs's own kernel for elu's gradient: dy where a > 0, else dy (a + 1).
      return tf.engine().runKernel(tf.EluGrad, { dy: upstream, y: a }) as tf.Tensor2D;
  }
}

/**
 * How the backward pass multiplies by a transposed matrix: 'flags' passes matMul's transpose
 * arguments (free on GPUs); 'explicit' transposes first, because tfjs-backend-wasm's matMul is
 * several times slower with either flag set than a transpose plus a plain matMul.
 */
export type TransposeStyle = 'flags' | 'explicit';

/** The transpose style that is fastest on a tfjs backend (see TransposeStyle). */
export function transposeStyleFor(backend: string): TransposeStyle {
  return backend === 'wasm' ? 'explicit' : 'flags';
}

/**
 * A layer input with a ones column appended ('flags') or transposed with a ones row appended
 * ('explicit'): one matMul with it gives the kernel gradient with the bias gradient as an extra
 * row, which is exactly the layer's block of the flat layout.
 */
export function augmentedInput(input: tf.Tensor2D, style: TransposeStyle): tf.Tensor2D {
  const rows = input.shape[0];
  if (style === 'flags') return tf.concat([input, tf.ones([rows, 1])], 1);
  return tf.concat([tf.transpose(input), tf.ones([1, rows])], 0);
}

function layerGradient(
  augmented: tf.Tensor2D,
  delta: tf.Tensor2D,
  style: TransposeStyle,
): tf.Tensor1D {
  const stacked =
    style === 'explicit' ? tf.matMul(augmented, delta) : tf.matMul(augmented, delta, true, false);
  return tf.reshape(stacked, [-1]) as tf.Tensor1D;
}

function throughKernel(
  delta: tf.Tensor2D,
  kernel: tf.Tensor2D,
  style: TransposeStyle,
): tf.Tensor2D {
  return style === 'explicit'
    ? tf.matMul(delta, tf.transpose(kernel))
    : tf.matMul(delta, kernel, false, true);
}

/**
 * Backpropagates `delta` (the gradient at the logits, up to a constant factor) through the layers
 * and returns the gradient of every parameter in the flat layout's order, times the same factor.
 * `firstAugmented` is augmentedInput(batch inputs, style), cut from one made per epoch.
 */
export function backward(
  views: LayerViews,
  trace: ForwardTrace,
  delta: tf.Tensor2D,
  activation: HiddenActivation,
  style: TransposeStyle,
  firstAugmented: tf.Tensor2D,
): tf.Tensor1D {
  const pieces: tf.Tensor1D[] = [];
  let current = delta;
  for (let layer = views.kernels.length - 1; layer >= 0; layer--) {
    const input = trace.layerInputs[layer] as tf.Tensor2D;
    const augmented = layer === 0 ? firstAugmented : augmentedInput(input, style);
    pieces.unshift(layerGradient(augmented, current, style));
    if (layer === 0) break;
    let upstream = throughKernel(current, views.kernels[layer] as tf.Tensor2D, style);
    const multiplier = trace.dropoutMultipliers[layer - 1];
    if (multiplier) upstream = tf.mul(upstream, multiplier);
    const below = trace.hiddenOutputs[layer - 1] as tf.Tensor2D;
    current = throughActivation(upstream, below, activation);
  }
  return tf.concat(pieces);
}
