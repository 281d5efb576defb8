import * as tf from '@tensorflow/tfjs-core';
import { shuffleInPlace } from '../../prep/split/seededRandom';
import {
  allVariables,
  forwardLogits,
  l2Penalty,
  meanDataLoss,
  type MlpVariables,
} from './mlpGraph';
import type { HiddenActivation, OutputActivation } from './neuralTypes';

/** Rows on the tensor side: float32 inputs (rows x cols) and encoded targets (rows x outputs). */
export interface RowTensors {
  readonly x: tf.Tensor2D;
  readonly targets: tf.Tensor2D;
  readonly rows: number;
}

/** What one epoch needs besides the data. */
export interface EpochSetup {
  readonly variables: MlpVariables;
  readonly optimizer: tf.Optimizer;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly batchSize: number;
  readonly dropout: number;
  readonly l2: number;
  readonly random: () => number;
}

// Validation rows are scored in blocks so a large held-out set never needs one huge activation.
const EVALUATION_BLOCK_ROWS = 8192;

/** Float32 tensors for a set of rows (the caller disposes them). */
export function rowTensors(x: Float64Array, cols: number, targets: Float32Array): RowTensors {
  const rows = cols === 0 ? 0 : x.length / cols;
  return tf.tidy(() => ({
    x: tf.tensor2d(Float32Array.from(x), [rows, cols]),
    targets: tf.tensor2d(targets, [rows, targets.length / Math.max(rows, 1)]),
    rows,
  }));
}

function addInto(total: tf.Scalar, part: tf.Scalar): tf.Scalar {
  const sum = tf.add<tf.Scalar>(total, part);
  tf.dispose([total, part]);
  return sum;
}

/**
 * tfjs-core ships its gradients as a separate side-effect module whose ESM build Node cannot load,
 * so the entry point registers them (registerBackends.ts does); a missing one is a setup bug.
 */
function requireGradients(): void {
  if (tf.getGradient(tf.BatchMatMul) === undefined) {
    throw new Error(
      "tfjs gradients are not registered: call registerBackends() or import '@tensorflow/tfjs-core/dist/register_all_gradients' once before training",
    );
  }
}

/** One pass over shuffled rows in mini-batches; resolves to the mean data loss (no L2 term). */
export async function trainOneEpoch(data: RowTensors, setup: EpochSetup): Promise<number> {
  requireGradients();
  const order = shuffleInPlace(
    Int32Array.from({ length: data.rows }, (_, row) => row),
    setup.random,
  );
  const [x, targets] = tf.tidy(() => {
    const index = tf.tensor1d(order, 'int32');
    return [tf.gather(data.x, index), tf.gather(data.targets, index)];
  }) as [tf.Tensor2D, tf.Tensor2D];
  const { kernels, biases } = setup.variables;
  const trainable = allVariables(setup.variables);
  let total: tf.Scalar = tf.scalar(0);
  try {
    for (let start = 0; start < data.rows; start += setup.batchSize) {
      const size = Math.min(setup.batchSize, data.rows - start);
      const dropout = { rate: setup.dropout, seed: Math.floor(setup.random() * 2 ** 30) };
      const batchLosses: tf.Scalar[] = [];
      const objective = (): tf.Scalar => {
        const xBatch = tf.slice(x, [start, 0], [size, -1]);
        const yBatch = tf.slice(targets, [start, 0], [size, -1]);
        const logits = forwardLogits(kernels, biases, setup.activation, xBatch, dropout);
        const loss = meanDataLoss(setup.output, logits, yBatch);
        // Kept past the gradient scope so the epoch's loss needs only one read-back at its end.
        batchLosses.push(tf.keep(tf.mul(loss, size)));
        return setup.l2 > 0 ? tf.add(loss, l2Penalty(kernels, setup.l2)) : loss;
      };
      setup.optimizer.minimize(objective, false, trainable);
      for (const batchLoss of batchLosses) total = addInto(total, batchLoss);
    }
    return ((await total.data())[0] ?? NaN) / data.rows;
  } finally {
    tf.dispose([x, targets, total]);
  }
}

/** Mean data loss on held-out rows with the current weights (no dropout, no L2 term). */
export async function evaluateLoss(data: RowTensors, setup: EpochSetup): Promise<number> {
  const { kernels, biases } = setup.variables;
  let total: tf.Scalar = tf.scalar(0);
  for (let start = 0; start < data.rows; start += EVALUATION_BLOCK_ROWS) {
    const size = Math.min(EVALUATION_BLOCK_ROWS, data.rows - start);
    const blockLoss = tf.tidy(() => {
      const xBlock = tf.slice(data.x, [start, 0], [size, -1]);
      const yBlock = tf.slice(data.targets, [start, 0], [size, -1]);
      const logits = forwardLogits(kernels, biases, setup.activation, xBlock, null);
      return tf.mul(meanDataLoss(setup.output, logits, yBlock), size) as tf.Scalar;
    });
    total = addInto(total, blockLoss);
  }
  const sum = (await total.data())[0] ?? NaN;
  total.dispose();
  return sum / data.rows;
}
