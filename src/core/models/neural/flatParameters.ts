import * as tf from '@tensorflow/tfjs-core';
import type { LayerValues } from './initialWeights';

/** Where one dense layer's kernel and bias sit in the flat parameter vector. */
export interface LayerSlot {
  readonly inputSize: number;
  readonly units: number;
  readonly kernelOffset: number;
  readonly biasOffset: number;
}

/**
 * Every weight of the network in one float32 vector: kernel 1 (row-major), bias 1, kernel 2, ...
 * One vector lets an optimiser update all parameters with a dozen tfjs ops instead of a dozen per
 * tensor; the per-layer tensors are views cut from it.
 */
export interface ParameterLayout {
  readonly layers: readonly LayerSlot[];
  readonly size: number;
  /** Lengths of the pieces in order (kernel, bias, kernel, bias, ...), for one tf.split. */
  readonly pieceSizes: readonly number[];
}

/** The layout for dense layers of these shapes, input to output. */
export function parameterLayout(
  shapes: readonly { readonly inputSize: number; readonly units: number }[],
): ParameterLayout {
  const layers: LayerSlot[] = [];
  const pieceSizes: number[] = [];
  let offset = 0;
  for (const { inputSize, units } of shapes) {
    layers.push({ inputSize, units, kernelOffset: offset, biasOffset: offset + inputSize * units });
    pieceSizes.push(inputSize * units, units);
    offset += inputSize * units + units;
  }
  return { layers, size: offset, pieceSizes };
}

/** The layers' values copied into one vector in layout order. */
export function packLayers(layers: readonly LayerValues[], layout: ParameterLayout): Float32Array {
  const flat = new Float32Array(layout.size);
  layout.layers.forEach((slot, index) => {
    const layer = layers[index];
    if (layer === undefined) throw new Error(`packLayers: no values for layer ${index}`);
    flat.set(layer.weights, slot.kernelOffset);
    flat.set(layer.biases, slot.biasOffset);
  });
  return flat;
}

/** Per-layer copies of a flat vector's values. */
export function unpackLayers(flat: Float32Array, layout: ParameterLayout): LayerValues[] {
  return layout.layers.map((slot) => ({
    inputSize: slot.inputSize,
    units: slot.units,
    weights: flat.slice(slot.kernelOffset, slot.biasOffset),
    biases: flat.slice(slot.biasOffset, slot.biasOffset + slot.units),
  }));
}

/** 1 where the vector holds a kernel weight, 0 at biases (L2 penalises kernels only). */
export function kernelMask(layout: ParameterLayout): Float32Array {
  const mask = new Float32Array(layout.size);
  for (const slot of layout.layers) mask.fill(1, slot.kernelOffset, slot.biasOffset);
  return mask;
}

/** Kernels and biases of each layer as tensors cut from the flat vector (one split op). */
export interface LayerViews {
  readonly kernels: readonly tf.Tensor2D[];
  readonly biases: readonly tf.Tensor1D[];
}

/** Views of the flat parameters: one split, then a reshape per kernel. */
export function layerViews(params: tf.Tensor1D, layout: ParameterLayout): LayerViews {
  const pieces = tf.split(params, [...layout.pieceSizes]) as tf.Tensor1D[];
  const kernels: tf.Tensor2D[] = [];
  const biases: tf.Tensor1D[] = [];
  layout.layers.forEach((slot, index) => {
    const kernel = pieces[2 * index];
    const bias = pieces[2 * index + 1];
    if (kernel === undefined || bias === undefined) throw new Error('layerViews: bad layout');
    kernels.push(tf.reshape(kernel, [slot.inputSize, slot.units]));
    biases.push(bias);
  });
  return { kernels, biases };
}
