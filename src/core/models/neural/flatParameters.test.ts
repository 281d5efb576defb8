import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  kernelMask,
  layerViews,
  packLayers,
  parameterLayout,
  unpackLayers,
} from './flatParameters';
import type { LayerValues } from './initialWeights';
import { useCpuBackend } from './testing/cpuBackend';

// 2 inputs -> 3 units -> 1 unit, every value distinct so a misplaced one shows.
const layers: LayerValues[] = [
  {
    inputSize: 2,
    units: 3,
    weights: Float32Array.from([1, 2, 3, 4, 5, 6]),
    biases: Float32Array.from([7, 8, 9]),
  },
  { inputSize: 3, units: 1, weights: Float32Array.from([10, 11, 12]), biases: Float32Array.of(13) },
];
const layout = parameterLayout(layers);

describe('flat parameter layout', () => {
  beforeAll(useCpuBackend);

  it('stores each layer as its kernel rows followed by its biases', () => {
    expect(layout.size).toBe(13);
    expect(Array.from(packLayers(layers, layout))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(layout.pieceSizes).toEqual([6, 3, 3, 1]);
  });

  it('unpacks to the layers it packed', () => {
    expect(unpackLayers(packLayers(layers, layout), layout)).toEqual(layers);
  });

  it('marks kernel weights for L2 and leaves biases out', () => {
    expect(Array.from(kernelMask(layout))).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0]);
  });

  it('cuts kernel and bias tensors of the right shapes from the vector', async () => {
    const params = tf.tensor1d(packLayers(layers, layout));
    const baseline = tf.memory().numTensors;
    const [kernel0, kernel1, bias0, bias1] = tf.tidy(() => {
      const views = layerViews(params, layout);
      return [...views.kernels, ...views.biases];
    });
    expect([kernel0?.shape, kernel1?.shape, bias0?.shape, bias1?.shape]).toEqual([
      [2, 3],
      [3, 1],
      [3],
      [1],
    ]);
    expect(await kernel0?.array()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(await bias1?.array()).toEqual([13]);
    tf.dispose([kernel0, kernel1, bias0, bias1].filter((t) => t !== undefined));
    expect(tf.memory().numTensors).toBe(baseline);
    params.dispose();
  });
});
