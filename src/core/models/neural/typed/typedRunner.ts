import * as tf from '@tensorflow/tfjs-core';
import { shuffleInPlace } from '../../../prep/split/seededRandom';
import { dropoutMultiplier } from '../backprop';
import type { EpochRunner, RunnerInputs } from '../epochRunner';
import { unpackLayers } from '../flatParameters';
import { lossTermsPerRow } from '../outputLoss';
import type { EncodedRows } from '../trainMlp';
import { hostParameters } from './typedOptimizers';
import { batchGradientInto, forwardBatch, type TypedNetwork } from './typedGradient';
import { createStepBuffers, type StepBuffers } from './stepBuffers';
import { outputLossInto } from './outputLosses';

/** Rows as the tfjs path sees them: inputs rounded to float32, targets per row. */
interface TypedRows {
  readonly x: Float32Array;
  readonly cols: number;
  readonly targets: Float32Array;
  readonly outputs: number;
  readonly rows: number;
}

function typedRows(encoded: EncodedRows, outputs: number): TypedRows {
  const rows = encoded.cols === 0 ? 0 : encoded.x.length / encoded.cols;
  return {
    x: Float32Array.from(encoded.x),
    cols: encoded.cols,
    targets: encoded.targets,
    outputs,
    rows,
  };
}

/** Copies the listed rows' inputs and targets into the batch buffers. */
function gatherRows(data: TypedRows, rows: Int32Array, buffers: StepBuffers): void {
  const { cols, outputs } = data;
  const inputs = buffers.inputs[0] as Float64Array;
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as number;
    for (let c = 0; c < cols; c++) inputs[at * cols + c] = data.x[row * cols + c] as number;
    for (let o = 0; o < outputs; o++) {
      buffers.targets[at * outputs + o] = data.targets[row * outputs + o] as number;
    }
  }
}

/**
 * Each hidden layer's dropout mask for this step, drawn by tfjs exactly as the tfjs step draws
 * it (same seed, shape and ops), so both engines drop the same units.
 */
function fillDropoutMasks(
  buffers: StepBuffers,
  units: readonly number[],
  rows: number,
  rate: number,
  seed: number,
): void {
  buffers.masks.forEach((mask, layer) => {
    const shape: [number, number] = [rows, units[layer] ?? 0];
    const drawn = tf.tidy(() => dropoutMultiplier(shape, rate, seed + layer));
    mask.set(drawn.dataSync());
    drawn.dispose();
  });
}

/**
 * The loss as the float32 tfjs step would see it: infinite once it, or any weight, leaves float32's
 * range (float64 would carry on far past where tfjs overflows, and the model keeps float32 weights).
 */
function asFloat32Loss(loss: number, params: Float64Array): number {
  for (let k = 0; k < params.length; k++) {
    if (!Number.isFinite(Math.fround(params[k] as number))) return Infinity;
  }
  return Math.fround(loss);
}

/** Summed data loss of all rows with the current weights, a buffer's worth of rows at a time. */
function summedLoss(
  network: TypedNetwork,
  params: Float64Array,
  buffers: StepBuffers,
  data: TypedRows,
): number {
  const last = buffers.deltas.length - 1;
  let sum = 0;
  for (let start = 0; start < data.rows; start += buffers.capacity) {
    const count = Math.min(buffers.capacity, data.rows - start);
    gatherRows(
      data,
      Int32Array.from({ length: count }, (_, k) => start + k),
      buffers,
    );
    forwardBatch(network, params, buffers, count, false);
    const scratch = buffers.deltas[last] as Float64Array;
    sum += outputLossInto(
      network.output,
      buffers.logits,
      buffers.targets,
      count,
      data.outputs,
      scratch,
    );
  }
  return sum;
}

/**
 * Epochs of the typed-array step: the same batches, dropout masks, gradients and optimiser
 * maths as the tfjs step, in float64 loops instead of tfjs kernels (used on the cpu backend,
 * where tfjs's kernels are plain JavaScript too).
 */
export function typedRunner({
  train,
  validation,
  config,
  initial,
  random,
}: RunnerInputs): EpochRunner {
  const { layout, params, optimizer } = hostParameters(initial, config);
  const { spec } = config;
  const network: TypedNetwork = {
    layout,
    activation: spec.activation,
    output: spec.output,
    l2: config.l2,
  };
  const trainRows = typedRows(train, spec.outputUnits);
  const validationRows = validation && typedRows(validation, spec.outputUnits);
  const dropout = config.dropout > 0;
  const capacity = Math.max(1, Math.min(config.batchSize, trainRows.rows));
  const buffers = createStepBuffers(layout, capacity, dropout);
  const lossTerms = (rows: number) => rows * lossTermsPerRow(spec.output, spec.outputUnits);
  let kept: Float64Array | null = null;

  const trainEpoch = (): number => {
    const { rows } = trainRows;
    const order = shuffleInPlace(
      Int32Array.from({ length: rows }, (_, row) => row),
      random,
    );
    let lossSum = 0;
    for (let start = 0; start < rows; start += config.batchSize) {
      const batch = order.subarray(start, Math.min(start + config.batchSize, rows));
      const seed = Math.floor(random() * 2 ** 30);
      gatherRows(trainRows, batch, buffers);
      if (dropout) fillDropoutMasks(buffers, spec.hiddenUnits, batch.length, config.dropout, seed);
      lossSum += batchGradientInto(network, params, buffers, batch.length, dropout);
      optimizer.apply(params, buffers.gradient);
    }
    return asFloat32Loss(lossSum / lossTerms(rows), params);
  };
  return {
    trainEpoch: () => Promise.resolve(trainEpoch()),
    validationLoss: () =>
      Promise.resolve(
        validationRows &&
          Math.fround(
            summedLoss(network, params, buffers, validationRows) / lossTerms(validationRows.rows),
          ),
      ),
    keepCurrent: () => {
      kept = Float64Array.from(params);
    },
    restoreKept: () => {
      if (kept !== null) params.set(kept);
    },
    readLayers: () => Promise.resolve(unpackLayers(Float32Array.from(params), layout)),
    dispose: () => undefined,
  };
}
