import type { Matrix } from '../modelTypes';
import type { DenseLayer, NeuralModel } from './neuralTypes';

// Rows are pushed through in blocks: a million rows x 128 units at once would need a gigabyte.
const BLOCK_ROWS = 1024;

function applyActivationInPlace(values: Float64Array, layer: DenseLayer): void {
  const { activation, units } = layer;
  if (activation === 'softmax') {
    for (let start = 0; start < values.length; start += units) softmaxRow(values, start, units);
    return;
  }
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (activation === 'relu') values[k] = v > 0 ? v : 0;
    else if (activation === 'tanh') values[k] = Math.tanh(v);
    else if (activation === 'elu') values[k] = v > 0 ? v : Math.expm1(v);
    else if (activation === 'sigmoid') values[k] = 1 / (1 + Math.exp(-v));
  }
}

/** Softmax of one row in place, shifted by the row maximum so exp never overflows. */
function softmaxRow(values: Float64Array, start: number, units: number): void {
  let max = -Infinity;
  for (let j = 0; j < units; j++) max = Math.max(max, values[start + j] as number);
  let sum = 0;
  for (let j = 0; j < units; j++) {
    const e = Math.exp((values[start + j] as number) - max);
    values[start + j] = e;
    sum += e;
  }
  for (let j = 0; j < units; j++) values[start + j] = (values[start + j] as number) / sum;
}

/** inputs (rows x inputSize) times the layer's weights plus biases, then its activation. */
function denseLayer(inputs: Float64Array, rows: number, layer: DenseLayer): Float64Array {
  const { inputSize, units, weights, biases } = layer;
  const out = new Float64Array(rows * units);
  for (let row = 0; row < rows; row++) {
    const outStart = row * units;
    for (let j = 0; j < units; j++) out[outStart + j] = biases[j] as number;
    const inStart = row * inputSize;
    for (let i = 0; i < inputSize; i++) {
      const a = inputs[inStart + i] as number;
      if (a === 0) continue;
      const wStart = i * units;
      for (let j = 0; j < units; j++) {
        out[outStart + j] = (out[outStart + j] as number) + a * (weights[wStart + j] as number);
      }
    }
  }
  applyActivationInPlace(out, layer);
  return out;
}

/**
 * The network's outputs (rows x output units) in plain float64 TypeScript, no tfjs: sigmoid or
 * softmax probabilities, or regression values mapped back to the target's scale.
 */
export function forwardPass(model: NeuralModel, data: Matrix): Float64Array {
  if (data.cols !== model.inputSize) {
    throw new Error(`forwardPass: model expects ${model.inputSize} columns, got ${data.cols}`);
  }
  const outputUnits = model.layerSizes[model.layerSizes.length - 1] ?? 1;
  const outputs = new Float64Array(data.rows * outputUnits);
  for (let start = 0; start < data.rows; start += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, data.rows - start);
    let current = data.x.subarray(start * data.cols, (start + rows) * data.cols);
    for (const layer of model.layers) current = denseLayer(current, rows, layer);
    outputs.set(current, start * outputUnits);
  }
  const scale = model.targetScale;
  if (scale !== null) {
    for (let k = 0; k < outputs.length; k++)
      outputs[k] = (outputs[k] as number) * scale.std + scale.mean;
  }
  return outputs;
}
