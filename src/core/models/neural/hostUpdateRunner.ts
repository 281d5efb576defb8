import * as tf from '@tensorflow/tfjs-core';
import { shuffleInPlace } from '../../prep/split/seededRandom';
import { backward, forwardTrace, transposeStyleFor, type TransposeStyle } from './backprop';
import type { EpochRunner, RunnerInputs } from './epochRunner';
import { unpackLayers, type LayerViews, type ParameterLayout } from './flatParameters';
import { hostBatch, type HostRows } from './hostBatches';
import type { OutputActivation } from './neuralTypes';
import { lossTermsPerRow, outputLoss } from './outputLoss';
import type { EncodedRows } from './trainMlp';
import { hostParameters } from './typed/typedOptimizers';

// Held-out rows are scored in blocks so a large set never needs one huge activation.
const EVALUATION_BLOCK_ROWS = 8192;

function hostRows(encoded: EncodedRows): HostRows & { readonly rows: number } {
  const rows = encoded.cols === 0 ? 0 : encoded.x.length / encoded.cols;
  const outputs = encoded.targets.length / Math.max(rows, 1);
  const { cols, targets } = encoded;
  return { x: Float32Array.from(encoded.x), cols, targets, outputs, rows };
}

/** Kernel and bias tensors uploaded from the host's float32 weights (call inside tf.tidy). */
function uploadedViews(weights: Float32Array, layout: ParameterLayout): LayerViews {
  return {
    kernels: layout.layers.map(({ inputSize, units, kernelOffset, biasOffset }) =>
      tf.tensor2d(weights.slice(kernelOffset, biasOffset), [inputSize, units]),
    ),
    biases: layout.layers.map(({ units, biasOffset }) =>
      tf.tensor1d(weights.slice(biasOffset, biasOffset + units)),
    ),
  };
}

/** Keras's penalty l2 * sum(W^2) adds 2 l2 W to the kernels' gradient. */
function addL2(layout: ParameterLayout, l2: number, params: Float64Array, gradient: Float64Array) {
  for (const { kernelOffset, biasOffset } of layout.layers) {
    for (let k = kernelOffset; k < biasOffset; k++) {
      gradient[k] = (gradient[k] as number) + 2 * l2 * (params[k] as number);
    }
  }
}

interface StepContext {
  readonly layout: ParameterLayout;
  readonly activation: RunnerInputs['config']['spec']['activation'];
  readonly output: OutputActivation;
  readonly style: TransposeStyle;
}

/** One batch's gradient (times its scale, in the flat layout) and data-loss sum, read back. */
function gradientOnDevice(
  context: StepContext,
  weights: Float32Array,
  data: HostRows,
  rows: Int32Array,
  dropout: { rate: number; seed: number } | null,
): { gradient: Float32Array; scale: number; lossSum: number } {
  const [gradient, lossSum, scale] = tf.tidy(() => {
    const views = uploadedViews(weights, context.layout);
    const batch = hostBatch(data, rows, context.style);
    const trace = forwardTrace(views, batch.x, context.activation, dropout);
    const loss = outputLoss(context.output, trace.logits, batch.targets);
    const { activation, style } = context;
    const flat = backward(views, trace, loss.delta, activation, style, batch.augmented);
    return [flat, tf.sum(loss.lossSum), loss.scale] as const;
  });
  const result = {
    gradient: gradient.dataSync() as Float32Array,
    scale,
    lossSum: lossSum.dataSync()[0] ?? NaN,
  };
  tf.dispose([gradient, lossSum]);
  return result;
}

/** Mean data loss of held-out rows with the given weights, scored on the device in blocks. */
function heldOutLoss(
  context: StepContext,
  weights: Float32Array,
  data: HostRows & { rows: number },
) {
  let sum = 0;
  for (let start = 0; start < data.rows; start += EVALUATION_BLOCK_ROWS) {
    const count = Math.min(EVALUATION_BLOCK_ROWS, data.rows - start);
    const block = Int32Array.from({ length: count }, (_, k) => start + k);
    const blockLoss = tf.tidy(() => {
      const batch = hostBatch(data, block, context.style);
      const views = uploadedViews(weights, context.layout);
      const trace = forwardTrace(views, batch.x, context.activation, null);
      return tf.sum(outputLoss(context.output, trace.logits, batch.targets).lossSum);
    });
    sum += blockLoss.dataSync()[0] ?? NaN;
    blockLoss.dispose();
  }
  return sum / (data.rows * lossTermsPerRow(context.output, data.outputs));
}

/**
 * Epochs whose gradients run as tfjs ops and whose optimiser runs on the host: each step uploads
 * the weights and the batch, and reads the flat gradient back. On wasm that replaces the split of
 * the flat parameters, the optimiser's dozen kernels and the L2 ops with plain loops, and reading
 * back is a copy out of the wasm heap. The optimiser maths is flatOptimizers.ts's, in float64,
 * with float32 weights uploaded (the values the device computes with).
 */
export function hostUpdateRunner(inputs: RunnerInputs): EpochRunner {
  const { config, initial, random } = inputs;
  const { layout, params, optimizer } = hostParameters(initial, config);
  const weights = Float32Array.from(params);
  const { activation, output } = config.spec;
  const context: StepContext = {
    layout,
    activation,
    output,
    style: transposeStyleFor(tf.getBackend()),
  };
  const train = hostRows(inputs.train);
  const validation = inputs.validation && hostRows(inputs.validation);
  const gradient = new Float64Array(layout.size);
  let kept: Float64Array | null = null;

  const trainEpoch = (): number => {
    const order = shuffleInPlace(
      Int32Array.from({ length: train.rows }, (_, row) => row),
      random,
    );
    let lossSum = 0;
    for (let start = 0; start < train.rows; start += config.batchSize) {
      const rows = order.subarray(start, Math.min(start + config.batchSize, train.rows));
      const dropout = { rate: config.dropout, seed: Math.floor(random() * 2 ** 30) };
      const step = gradientOnDevice(context, weights, train, rows, dropout);
      for (let k = 0; k < gradient.length; k++)
        gradient[k] = (step.gradient[k] as number) * step.scale;
      if (config.l2 > 0) addL2(layout, config.l2, params, gradient);
      optimizer.apply(params, gradient);
      weights.set(params);
      lossSum += step.lossSum;
    }
    return lossSum / (train.rows * lossTermsPerRow(output, train.outputs));
  };
  return {
    trainEpoch: () => Promise.resolve(trainEpoch()),
    validationLoss: () => Promise.resolve(validation && heldOutLoss(context, weights, validation)),
    keepCurrent: () => {
      kept = Float64Array.from(params);
    },
    restoreKept: () => {
      if (kept === null) return;
      params.set(kept);
      weights.set(params);
    },
    readLayers: () => Promise.resolve(unpackLayers(Float32Array.from(params), layout)),
    dispose: () => undefined,
  };
}
