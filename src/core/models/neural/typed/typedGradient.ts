import type { LayerSlot, ParameterLayout } from '../flatParameters';
import type { HiddenActivation, OutputActivation } from '../neuralTypes';
import { activateInPlace, multiplyByDerivative, multiplyInPlace } from './activations';
import { addBias, multiplyTransposed, rowSumsInto, transposeInto } from './denseProducts';
import { outputLossInto } from './outputLosses';

/** The network and objective of the typed-array step (the same as batchGradient's). */
export interface TypedNetwork {
  readonly layout: ParameterLayout;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly l2: number;
}

/** Work buffers for batches of up to `capacity` rows, allocated once per training run. */
export interface StepBuffers {
  readonly capacity: number;
  /** Each dense layer's input, row-major; inputs[0] is the batch (callers fill it). */
  readonly inputs: readonly Float64Array[];
  /** Each hidden layer's activation before dropout (the same buffer as the next input without). */
  readonly hidden: readonly Float64Array[];
  /** Each hidden layer's dropout multipliers (callers fill them); empty without dropout. */
  readonly masks: readonly Float64Array[];
  /** Encoded targets of the batch, row-major (callers fill it). */
  readonly targets: Float64Array;
  readonly logits: Float64Array;
  /** The objective's gradient in the flat layout, after batchGradientInto. */
  readonly gradient: Float64Array;
  readonly kernelsTransposed: readonly Float64Array[];
  /** The gradient at each layer's pre-activations. */
  readonly deltas: readonly Float64Array[];
  /** Scratch for a layer's input and delta, transposed (features x rows). */
  readonly inputTransposed: Float64Array;
  readonly deltaTransposed: Float64Array;
}

/** Buffers for `capacity` rows; `withDropout` adds masks and separate post-dropout inputs. */
export function createStepBuffers(
  layout: ParameterLayout,
  capacity: number,
  withDropout: boolean,
): StepBuffers {
  const { layers } = layout;
  const last = layers.length - 1;
  const rowsOf = (units: number) => new Float64Array(capacity * units);
  const hidden = layers.slice(0, last).map((slot) => rowsOf(slot.units));
  const masks = withDropout ? hidden.map((buffer) => new Float64Array(buffer.length)) : [];
  const first = rowsOf(layers[0]?.inputSize ?? 0);
  const after = hidden.map((buffer) => (withDropout ? new Float64Array(buffer.length) : buffer));
  const widest = Math.max(...layers.map((slot) => Math.max(slot.inputSize, slot.units)));
  return {
    capacity,
    inputs: [first, ...after],
    hidden,
    masks,
    targets: rowsOf(layers[last]?.units ?? 0),
    logits: rowsOf(layers[last]?.units ?? 0),
    gradient: new Float64Array(layout.size),
    kernelsTransposed: layers.map((slot) => new Float64Array(slot.inputSize * slot.units)),
    deltas: layers.map((slot) => rowsOf(slot.units)),
    inputTransposed: rowsOf(widest),
    deltaTransposed: rowsOf(widest),
  };
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
    const kernel = params.subarray(kernelOffset, biasOffset);
    const transposed = buffers.kernelsTransposed[layer] as Float64Array;
    transposeInto(kernel, inputSize, units, transposed);
    const out = layer === last ? buffers.logits : (buffers.hidden[layer] as Float64Array);
    multiplyTransposed(
      buffers.inputs[layer] as Float64Array,
      transposed,
      out,
      rows,
      units,
      inputSize,
    );
    addBias(out, rows, params.subarray(biasOffset, biasOffset + units));
    if (layer === last) return;
    activateInPlace(out, rows * units, network.activation);
    passHidden(buffers, layer, rows * units, dropout);
  });
}

/** One layer's kernel gradient (input^T delta) and bias gradient (delta's column sums). */
function layerGradient(buffers: StepBuffers, slot: LayerSlot, layer: number, rows: number): void {
  const { inputSize, units, kernelOffset, biasOffset } = slot;
  const { gradient, inputTransposed, deltaTransposed } = buffers;
  transposeInto(buffers.inputs[layer] as Float64Array, rows, inputSize, inputTransposed);
  transposeInto(buffers.deltas[layer] as Float64Array, rows, units, deltaTransposed);
  const kernelGradient = gradient.subarray(kernelOffset, biasOffset);
  multiplyTransposed(inputTransposed, deltaTransposed, kernelGradient, inputSize, units, rows);
  rowSumsInto(deltaTransposed, units, rows, gradient.subarray(biasOffset, biasOffset + units));
}

/** The delta of the layer below: (delta W^T) times the dropout mask and the derivative. */
function deltaBelow(
  network: TypedNetwork,
  params: Float64Array,
  buffers: StepBuffers,
  layer: number,
  rows: number,
  dropout: boolean,
): void {
  const { inputSize, units, kernelOffset, biasOffset } = network.layout.layers[layer] as LayerSlot;
  const below = buffers.deltas[layer - 1] as Float64Array;
  const kernel = params.subarray(kernelOffset, biasOffset);
  multiplyTransposed(buffers.deltas[layer] as Float64Array, kernel, below, rows, inputSize, units);
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
    if (layer > 0) deltaBelow(network, params, buffers, layer, rows, dropout);
  }
  if (network.l2 > 0) addL2(network, params, buffers.gradient);
  return lossSum;
}
