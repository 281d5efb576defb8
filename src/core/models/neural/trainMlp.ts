import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from '../../prep/split/seededRandom';
import type { EpochRunner, RunnerInputs } from './epochRunner';
import { hostUpdateRunner } from './hostUpdateRunner';
import { initialLayerValues, type LayerValues, type MlpSpec } from './initialWeights';
import type { EpochLoss, OptimizerName, StopReason } from './neuralTypes';
import { tensorRunner } from './tensorRunner';
import { typedRunner } from './typed/typedRunner';

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

/**
 * Which engine runs the training steps: our typed-array loops, tfjs ops for the gradient with
 * the optimiser on the host, or tfjs ops throughout.
 */
export type StepEngine = 'typed-arrays' | 'tfjs-gradient' | 'tfjs-ops';

/**
 * The engine for a tfjs backend. cpu: tfjs's kernels are plain JavaScript with a dispatch cost
 * per op, and our typed-array loops are several times faster. wasm: reading a gradient back is a
 * copy out of its heap, so the optimiser runs on the host and a step needs half the kernels. GPU
 * backends keep everything on the device.
 */
export function stepEngineFor(backend: string): StepEngine {
  if (backend === 'cpu') return 'typed-arrays';
  return backend === 'wasm' ? 'tfjs-gradient' : 'tfjs-ops';
}

/** A runner for the engine (see EpochRunner). */
export function createRunner(engine: StepEngine, inputs: RunnerInputs): EpochRunner {
  if (engine === 'typed-arrays') return typedRunner(inputs);
  return engine === 'tfjs-gradient' ? hostUpdateRunner(inputs) : tensorRunner(inputs);
}

interface LoopState {
  best: { readonly epoch: number; readonly score: number } | null;
  readonly history: EpochLoss[];
}

async function runEpochs(
  runner: EpochRunner,
  config: MlpTrainingConfig,
  hooks: MlpTrainingHooks,
  state: LoopState,
): Promise<StopReason> {
  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    if (hooks.shouldStop !== undefined && (await hooks.shouldStop())) return 'stopped';
    const loss = await runner.trainEpoch();
    const valLoss = await runner.validationLoss();
    const monitored = valLoss ?? loss;
    if (!Number.isFinite(loss) || !Number.isFinite(monitored)) return 'diverged';
    state.history.push({ epoch, loss, valLoss });
    hooks.onEpoch?.({ epoch, loss, valLoss });
    if (state.best === null || monitored < state.best.score) {
      runner.keepCurrent();
      state.best = { epoch, score: monitored };
    } else if (config.patience > 0 && epoch - state.best.epoch >= config.patience) {
      return 'early-stopping';
    }
  }
  return 'completed';
}

/**
 * Fits an MLP with mini-batch gradient descent, with the step engine that is fastest on the
 * active tfjs backend (stepEngineFor; `engine` overrides it). Seeded: the same seed, data and
 * backend give the same weights. Stops on a non-finite loss and falls back to the best finite
 * epoch; every tensor it makes is disposed before it resolves.
 */
export async function trainMlp(
  train: EncodedRows,
  validation: EncodedRows | null,
  config: MlpTrainingConfig,
  hooks: MlpTrainingHooks = {},
  engine: StepEngine = stepEngineFor(tf.getBackend()),
): Promise<MlpTrainingRun> {
  const initial = initialLayerValues(config.spec, config.seed);
  const random = seededRandom((config.seed ^ SHUFFLE_STREAM) >>> 0);
  const runner = createRunner(engine, { train, validation, config, initial, random });
  const state: LoopState = { best: null, history: [] };
  try {
    const stopReason = await runEpochs(runner, config, hooks, state);
    const { best, history } = state;
    if (best === null) return { layers: initial, history, bestEpoch: 0, stopReason };
    const keepLast = config.patience === 0 && stopReason !== 'diverged';
    if (!keepLast) runner.restoreKept();
    const layers = await runner.readLayers();
    return { layers, history, bestEpoch: keepLast ? history.length : best.epoch, stopReason };
  } finally {
    runner.dispose();
  }
}
