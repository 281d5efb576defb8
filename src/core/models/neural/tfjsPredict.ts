import * as tf from '@tensorflow/tfjs-core';
import type { Matrix } from '../modelTypes';
import { activate, forwardLogits } from './mlpGraph';
import type { NeuralModel } from './neuralTypes';

// Large scoring jobs go through in blocks so GPU memory stays bounded.
const BLOCK_ROWS = 65536;

function blockOutputs(model: NeuralModel, data: Matrix, start: number, rows: number): tf.Tensor2D {
  return tf.tidy(() => {
    const kernels = model.layers.map((l) => tf.tensor2d([...l.weights], [l.inputSize, l.units]));
    const biases = model.layers.map((l) => tf.tensor1d([...l.biases]));
    const slice = data.x.subarray(start * data.cols, (start + rows) * data.cols);
    const x = tf.tensor2d(Float32Array.from(slice), [rows, data.cols]);
    const logits = forwardLogits(kernels, biases, model.options.activation, x, null);
    const last = model.layers[model.layers.length - 1];
    const outputs = activate(logits, last?.activation ?? 'linear');
    const scale = model.targetScale;
    return scale === null ? outputs : tf.add<tf.Tensor2D>(tf.mul(outputs, scale.std), scale.mean);
  });
}

/**
 * The network's outputs computed by tfjs on the active backend (float32), the same layout as
 * `forwardPass`. For large scoring jobs on a GPU; disposes every tensor it makes.
 */
export async function forwardPassTfjs(model: NeuralModel, data: Matrix): Promise<Float64Array> {
  if (data.cols !== model.inputSize) {
    throw new Error(`forwardPassTfjs: model expects ${model.inputSize} columns, got ${data.cols}`);
  }
  const outputUnits = model.layerSizes[model.layerSizes.length - 1] ?? 1;
  const outputs = new Float64Array(data.rows * outputUnits);
  for (let start = 0; start < data.rows; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, data.rows - start);
    const block = blockOutputs(model, data, start, rows);
    try {
      outputs.set(await block.data(), start * outputUnits);
    } finally {
      block.dispose();
    }
  }
  return outputs;
}
