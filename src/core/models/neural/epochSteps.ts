import * as tf from '@tensorflow/tfjs-core';
import { shuffleInPlace } from '../../prep/split/seededRandom';
import { augmentedInput, forwardTrace, type TransposeStyle } from './backprop';
import { batchGradient, type Batch, type GradientSetup } from './batchGradient';
import { hostBatch, type HostRows } from './hostBatches';
import { layerViews } from './flatParameters';
import type { DropoutStep } from './mlpGraph';
import type { HiddenActivation, OutputActivation } from './neuralTypes';
import { lossTermsPerRow, outputLoss } from './outputLoss';
import type { TrainingState } from './trainingState';

/** Rows on the tensor side: float32 inputs (rows x cols) and encoded targets (rows x outputs). */
export interface RowTensors {
  readonly x: tf.Tensor2D;
  readonly targets: tf.Tensor2D;
  readonly rows: number;
  /** Host copies; when present, training batches are cut from them (see cutsBatchesOnHost). */
  readonly host?: HostRows;
}

/** What one epoch needs besides the data. */
export interface EpochSetup {
  readonly state: TrainingState;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly batchSize: number;
  readonly dropout: number;
  readonly l2: number;
  readonly random: () => number;
  /** transposeStyleFor(the active backend). */
  readonly transposeStyle: TransposeStyle;
}

/** Training rows with the first layer's augmented input, made once per epoch. */
interface AugmentedRows extends RowTensors {
  /** augmentedInput(x): rows x (cols + 1), or (cols + 1) x rows for the 'explicit' style. */
  readonly augmented: tf.Tensor2D;
}

// Validation rows are scored in blocks so a large held-out set never needs one huge activation.
const EVALUATION_BLOCK_ROWS = 8192;
// Batch losses stay on the device and are summed in groups: one op per group, not per batch.
// WebGPU's addN binds every input as a storage buffer and shaders get 8 (the running total,
// 6 batch losses and the output).
const LOSS_GROUP = 6;

/** Float32 tensors for a set of rows (the caller disposes them), with host copies if asked. */
export function rowTensors(
  x: Float64Array,
  cols: number,
  targets: Float32Array,
  keepHost = false,
): RowTensors {
  const rows = cols === 0 ? 0 : x.length / cols;
  const outputs = targets.length / Math.max(rows, 1);
  const hostX = Float32Array.from(x);
  const tensors = tf.tidy(() => ({
    x: tf.tensor2d(hostX, [rows, cols]),
    targets: tf.tensor2d(targets, [rows, outputs]),
  }));
  // Added outside tidy: tidy walks what it returns, element by element for typed arrays.
  return { ...tensors, rows, ...(keepHost ? { host: { x: hostX, cols, targets, outputs } } : {}) };
}

/** A running sum of small loss tensors that adds them up a group at a time. */
class LossTotal {
  private total: tf.Tensor | null = null;
  private pending: tf.Tensor[] = [];

  add(loss: tf.Tensor): void {
    this.pending.push(loss);
    if (this.pending.length >= LOSS_GROUP) this.flush();
  }

  /** The sum so far, read back once. */
  async read(): Promise<number> {
    this.flush();
    return this.total === null ? 0 : ((await this.total.data())[0] ?? NaN);
  }

  dispose(): void {
    tf.dispose([...this.pending, ...(this.total === null ? [] : [this.total])]);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const parts = this.total === null ? this.pending : [this.total, ...this.pending];
    const sum = tf.addN(parts);
    tf.dispose(parts);
    this.total = sum;
    this.pending = [];
  }
}

/**
 * One optimiser step on the given rows, with the gradients written out by hand
 * (batchGradient.ts) instead of taped: a few dozen tfjs ops per step. Returns the batch's loss sum
 * (data loss only, no L2 term), still on the device. Rows are gathered, not sliced from a shuffled
 * copy: tfjs-backend-wasm's slice reads back its whole input, which made every step cost O(rows).
 */
function trainStep(
  data: AugmentedRows,
  rows: Int32Array,
  setup: EpochSetup,
  dropout: DropoutStep,
): tf.Tensor {
  const { params, optimizer } = setup.state;
  return tf.tidy(() => {
    const batch = data.host
      ? hostBatch(data.host, rows, setup.transposeStyle)
      : deviceBatch(data, rows, setup.transposeStyle);
    const { gradient, scale, lossSum } = batchGradient(
      params,
      batch,
      gradientSetup(setup),
      dropout,
    );
    optimizer.apply(params, gradient, scale);
    return lossSum;
  });
}

function deviceBatch(data: AugmentedRows, rows: Int32Array, style: TransposeStyle): Batch {
  const index = tf.tensor1d(rows, 'int32');
  return {
    x: tf.gather(data.x, index),
    targets: tf.gather(data.targets, index),
    augmented: tf.gather(data.augmented, index, style === 'flags' ? 0 : 1),
  };
}

function gradientSetup(setup: EpochSetup): GradientSetup {
  const { layout, l2Mask } = setup.state;
  return { ...setup, layout, l2Mask };
}

/** One pass over shuffled rows in mini-batches; resolves to the mean data loss (no L2 term). */
export async function trainOneEpoch(data: RowTensors, setup: EpochSetup): Promise<number> {
  const order = shuffleInPlace(
    Int32Array.from({ length: data.rows }, (_, row) => row),
    setup.random,
  );
  // Host batches carry their own augmented inputs; an empty stand-in keeps the types simple.
  const augmented = tf.tidy(() =>
    data.host ? tf.zeros([0, 0]) : augmentedInput(data.x, setup.transposeStyle),
  ) as tf.Tensor2D;
  const total = new LossTotal();
  try {
    for (let start = 0; start < data.rows; start += setup.batchSize) {
      const rows = order.subarray(start, Math.min(start + setup.batchSize, data.rows));
      const dropout = { rate: setup.dropout, seed: Math.floor(setup.random() * 2 ** 30) };
      total.add(trainStep({ ...data, augmented }, rows, setup, dropout));
    }
    const terms = lossTermsPerRow(setup.output, data.targets.shape[1]);
    return (await total.read()) / (data.rows * terms);
  } finally {
    total.dispose();
    augmented.dispose();
  }
}

/** Mean data loss on held-out rows with the current weights (no dropout, no L2 term). */
export async function evaluateLoss(data: RowTensors, setup: EpochSetup): Promise<number> {
  const { params, layout } = setup.state;
  const total = new LossTotal();
  try {
    for (let start = 0; start < data.rows; start += EVALUATION_BLOCK_ROWS) {
      const size = Math.min(EVALUATION_BLOCK_ROWS, data.rows - start);
      const blockLoss = tf.tidy(() => {
        // gather, not slice: see trainStep.
        const index = tf.range(start, start + size, 1, 'int32');
        const x = tf.gather(data.x, index);
        const targets = tf.gather(data.targets, index);
        const trace = forwardTrace(layerViews(params, layout), x, setup.activation, null);
        return outputLoss(setup.output, trace.logits, targets).lossSum;
      });
      total.add(blockLoss);
    }
    const terms = lossTermsPerRow(setup.output, data.targets.shape[1]);
    return (await total.read()) / (data.rows * terms);
  } finally {
    total.dispose();
  }
}
