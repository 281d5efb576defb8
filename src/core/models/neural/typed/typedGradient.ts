import type { LayerSlot, ParameterLayout } from '../flatParameters';
import type { HiddenActivation, OutputActivation } from '../neuralTypes';
import { addBiasAndActivate, multiplyByDerivative, multiplyInPlace } from './activations';
import { addBias, columnSumsInto, transposeInto } from './denseProducts';
import { outputLossInto } from './outputLosses';
import type { StepBuffers } from './stepBuffers';

/** The network and objective of the typed-array step (the same as batchGradient's). */
export interface TypedNetwork {
  readonly layout: ParameterLayout;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly l2: number;
}

/** Hidden activations into the next layer's input: times the dropout mask, or a copy. */
function passHidden(buffers: StepBuffers, layer: number, count: number, dropout: boolean): void {
  const hidden = buffers.hidden[layer] as Float64Array;
  const next = buffers.inputs[layer + 1] as Float64Array;
  if (next === hidden) return;
  if (dropout) {
    const mask = buffers.masks[layer] as Float64Array;
    for (let k = 0; k < count; k++) next[k] = (hidden[k] as number) * (mask[k] as number);
  } else {
    next.set(hidden.subarray(0, count));
  }
}

/**
 * The forward pass over the first `rows` rows of buffers.inputs[0], leaving the logits in
 * buffers.logits; `dropout` applies buffers.masks after each hidden layer.
 */
export function forwardBatch(
  network: TypedNetwork,
  params: Float64Array,
  buffers: StepBuffers,
  rows: number,
  dropout: boolean,
): void {
  const { layers } = network.layout;
  const last = layers.length - 1;
  layers.forEach((slot, layer) => {
    const { inputSize, units, kernelOffset, biasOffset } = slot;
    const kernel = buffers.kernels[layer] as Float64Array;
    kernel.set(params.subarray(kernelOffset, biasOffset));
    const transposed = buffers.kernelsTransposed[layer] as Float64Array;
    transposeInto(kernel, inputSize, units, transposed);
    const out = layer === last ? buffers.logits : (buffers.hidden[layer] as Float64Array);
    buffers.arena.multiplyTransposed(
      buffers.inputs[layer] as Float64Array,
      transposed,
      out,
      rows,
      units,
      inputSize,
    );
    const bias = params.subarray(biasOffset, biasOffset + units);
    if (layer === last) {
      addBias(out, rows, bias);
      return;
    }
    addBiasAndActivate(out, rows, bias, network.activation);
    passHidden(buffers, layer, rows * units, dropout);
  });
}

/** One layer's kernel gradient (input^T delta) and bias gradient (delta's column sums). */
function layerGradient(buffers: StepBuffers, slot: LayerSlot, layer: number, rows: number): void {
  const { inputSize, units, kernelOffset, biasOffset } = slot;
  const { gradient } = buffers;
  const delta = buffers.deltas[layer] as Float64Array;
  const input = buffers.inputs[layer] as Float64Array;
  const kernelGradient = gradient.subarray(kernelOffset, biasOffset);
  buffers.arena.multiplyTransposedLeft(input, delta, kernelGradient, inputSize, units, rows);
  columnSumsInto(delta, rows, units, gradient.subarray(biasOffset, biasOffset + units));
}

/** The delta of the layer below: (delta W^T) times the dropout mask and the derivative. */
function deltaBelow(
  network: TypedNetwork,
  buffers: StepBuffers,
  layer: number,
  rows: number,
  dropout: boolean,
): void {
  const { inputSize, units } = network.layout.layers[layer] as LayerSlot;
  const below = buffers.deltas[layer - 1] as Float64Array;
  const kernel = buffers.kernels[layer] as Float64Array;
  const delta = buffers.deltas[layer] as Float64Array;
  buffers.arena.multiplyTransposed(delta, kernel, below, rows, inputSize, units);
  const count = rows * inputSize;
  const mask = dropout ? buffers.masks[layer - 1] : undefined;
  if (mask !== undefined) multiplyInPlace(below, mask, count);
  multiplyByDerivative(below, buffers.hidden[layer - 1] as Float64Array, count, network.activation);
}

/** Keras's penalty l2 * sum(W^2) adds 2 l2 W to the kernels' gradient. */
function addL2(network: TypedNetwork, params: Float64Array, gradient: Float64Array): void {
  const factor = 2 * network.l2;
  for (const { kernelOffset, biasOffset } of network.layout.layers) {
    for (let k = kernelOffset; k < biasOffset; k++) {
      gradient[k] = (gradient[k] as number) + factor * (params[k] as number);
    }
  }
}

/**
 * The gradient of (mean data loss + l2 * sum of squared kernel weights) over the first `rows`
 * rows of the batch, written into buffers.gradient; returns the summed data loss (no L2). The
 * same maths as batchGradient.ts, in float64 typed arrays instead of tfjs ops.
 */
export function batchGradientInto(
  network: TypedNetwork,
  params: Float64Array,
  buffers: StepBuffers,
  rows: number,
  dropout: boolean,
): number {
  forwardBatch(network, params, buffers, rows, dropout);
  const { layers } = network.layout;
  const last = layers.length - 1;
  const outputUnits = (layers[last] as LayerSlot).units;
  const topDelta = buffers.deltas[last] as Float64Array;
  const lossSum = outputLossInto(
    network.output,
    buffers.logits,
    buffers.targets,
    rows,
    outputUnits,
    topDelta,
  );
  for (let layer = last; layer >= 0; layer--) {
    layerGradient(buffers, layers[layer] as LayerSlot, layer, rows);
    if (layer > 0) deltaBelow(network, buffers, layer, rows, dropout);
  }
  if (network.l2 > 0) addL2(network, params, buffers.gradient);
  return lossSum;
}
