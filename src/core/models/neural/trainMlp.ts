import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from '../../prep/split/seededRandom';
import { transposeStyleFor } from './backprop';
import {
  evaluateLoss,
  rowTensors,
  trainOneEpoch,
  type EpochSetup,
  type RowTensors,
} from './epochSteps';
import { initialLayerValues, type LayerValues, type MlpSpec } from './initialWeights';
import {
  disposeKept,
  improves,
  keepWeights,
  restoreWeights,
  type KeptWeights,
} from './keptWeights';
import type { EpochLoss, OptimizerName, StopReason } from './neuralTypes';
import { createTrainingState, disposeTrainingState, readTrainedLayers } from './trainingState';

/** Everything that decides the fitted weights besides the data. */
export interface MlpTrainingConfig {
  readonly spec: MlpSpec;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /**
   * Above 0: early stopping on the monitored loss, and the best epoch's weights are restored.
   * 0: every epoch runs and the last epoch's weights are kept. Either way a divergence restores
   * the best finite epoch.
   */
  readonly patience: number;
  readonly dropout: number;
  readonly l2: number;
  readonly seed: number;
}

/** Inputs (row-major, `cols` per row) with targets already encoded for the output layer. */
export interface EncodedRows {
  readonly x: Float64Array;
  readonly cols: number;
  readonly targets: Float32Array;
}

export interface MlpTrainingHooks {
  readonly onEpoch?: (loss: EpochLoss) => void;
  /** Polled before each epoch; true stops training and keeps the weights chosen so far. */
  readonly shouldStop?: () => boolean | Promise<boolean>;
}

export interface MlpTrainingRun {
  /** The kept epoch's weights, or the initial weights when no epoch finished with a finite loss. */
  readonly layers: LayerValues[];
  readonly history: EpochLoss[];
  /** 1-based epoch whose weights are in `layers`; 0 when none. */
  readonly bestEpoch: number;
  readonly stopReason: StopReason;
}

// Shuffling and dropout draw from their own stream, so they do not shift the initial weights.
const SHUFFLE_STREAM = 0x5bd1e995;

interface LoopState {
  best: KeptWeights | null;
  readonly history: EpochLoss[];
}

async function runEpochs(
  data: { train: RowTensors; validation: RowTensors | null },
  setup: EpochSetup,
  config: MlpTrainingConfig,
  hooks: MlpTrainingHooks,
  state: LoopState,
): Promise<StopReason> {
  const variables = [setup.state.params];
  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    if (hooks.shouldStop !== undefined && (await hooks.shouldStop())) return 'stopped';
    const loss = await trainOneEpoch(data.train, setup);
    const valLoss = data.validation === null ? null : await evaluateLoss(data.validation, setup);
    const monitored = valLoss ?? loss;
    if (!Number.isFinite(loss) || !Number.isFinite(monitored)) return 'diverged';
    state.history.push({ epoch, loss, valLoss });
    hooks.onEpoch?.({ epoch, loss, valLoss });
    if (improves(state.best, monitored)) {
      state.best = keepWeights(state.best, epoch, monitored, variables);
    } else if (config.patience > 0 && epoch - (state.best?.epoch ?? 0) >= config.patience) {
      return 'early-stopping';
    }
  }
  return 'completed';
}

/**
 * Fits an MLP with mini-batch gradient descent on the active tfjs backend. Seeded: the same seed,
 * data and backend give the same weights. Stops on a non-finite loss and falls back to the best
 * finite epoch; every tensor it makes is disposed before it resolves.
 */
export async function trainMlp(
  train: EncodedRows,
  validation: EncodedRows | null,
  config: MlpTrainingConfig,
  hooks: MlpTrainingHooks = {},
): Promise<MlpTrainingRun> {
  const initial = initialLayerValues(config.spec, config.seed);
  const training = createTrainingState(initial, config.optimizer, config.learningRate, config.l2);
  const data = {
    train: rowTensors(train.x, train.cols, train.targets),
    validation: validation && rowTensors(validation.x, validation.cols, validation.targets),
  };
  const setup: EpochSetup = {
    ...config,
    state: training,
    activation: config.spec.activation,
    output: config.spec.output,
    random: seededRandom((config.seed ^ SHUFFLE_STREAM) >>> 0),
    transposeStyle: transposeStyleFor(tf.getBackend()),
  };
  const state: LoopState = { best: null, history: [] };
  try {
    const stopReason = await runEpochs(data, setup, config, hooks, state);
    const { best, history } = state;
    if (best === null) return { layers: initial, history, bestEpoch: 0, stopReason };
    const keepLast = config.patience === 0 && stopReason !== 'diverged';
    if (!keepLast) restoreWeights(best, [training.params]);
    const layers = await readTrainedLayers(training);
    return { layers, history, bestEpoch: keepLast ? history.length : best.epoch, stopReason };
  } finally {
    disposeKept(state.best);
    disposeTrainingState(training);
    tf.dispose([data.train.x, data.train.targets]);
    if (data.validation !== null) tf.dispose([data.validation.x, data.validation.targets]);
  }
}
