import type { TaskType } from '../modelTypes';

export type HiddenActivation = 'relu' | 'tanh' | 'elu' | 'sigmoid';
export type OutputActivation = 'linear' | 'sigmoid' | 'softmax';
export type OptimizerName = 'adam' | 'sgd' | 'rmsprop';

/** Options of the neural plug-in (a `type`, not an interface, so it fits ModelOptionValues). */
export type NeuralOptions = {
  /** Units per hidden layer, comma-separated ('32,16'); '' or '0' means no hidden layer. */
  readonly hiddenLayers: string;
  readonly activation: HiddenActivation;
  /** Fraction of hidden units dropped per training step, 0 to below 1. */
  readonly dropout: number;
  /** Keras-style penalty: l2 * sum of squared kernel weights, added to the mean batch loss. */
  readonly l2: number;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  /** Epochs without a better monitored loss before stopping; 0 turns early stopping off. */
  readonly patience: number;
};

/** One dense layer: output[j] = activation(biases[j] + sum_i input[i] * weights[i * units + j]). */
export interface DenseLayer {
  readonly inputSize: number;
  readonly units: number;
  readonly activation: HiddenActivation | OutputActivation;
  /** Row-major inputSize x units, float32 values stored as plain numbers. */
  readonly weights: readonly number[];
  readonly biases: readonly number[];
}

/** Loss after one epoch; `loss` is the mean training loss over the epoch's batches. */
export interface EpochLoss {
  readonly epoch: number;
  readonly loss: number;
  readonly valLoss: number | null;
}

export type StopReason = 'completed' | 'early-stopping' | 'diverged' | 'stopped';

/** Something worth telling the user about a run that still produced a model. */
export interface NeuralNotice {
  readonly code: 'diverged' | 'stopped';
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** A fitted network as plain JSON data; `predict` needs nothing else. */
export interface NeuralModel {
  readonly format: 'sheetsense-mlp-v1';
  readonly task: TaskType;
  readonly inputSize: number;
  /** Input, hidden and output sizes, e.g. [20, 32, 16, 1]. */
  readonly layerSizes: readonly number[];
  readonly layers: readonly DenseLayer[];
  /**
   * Regression trains on the standardised target; predictions are mapped back with it.
   * Regression losses in `lossHistory` are therefore in standardised units (1 = predicting the mean).
   */
  readonly targetScale: { readonly mean: number; readonly std: number } | null;
  readonly classCount: number | null;
  readonly lossHistory: readonly EpochLoss[];
  /** The epoch (1-based) whose weights were kept; 0 when no epoch finished. */
  readonly bestEpoch: number;
  readonly stopReason: StopReason;
  /** The tfjs backend the weights were fitted on (e.g. 'webgl', 'cpu'). */
  readonly backend: string;
  readonly options: NeuralOptions;
  readonly notices: readonly NeuralNotice[];
}
