import type { LayerValues } from './initialWeights';
import type { EncodedRows, MlpTrainingConfig } from './trainMlp';

/**
 * The epochs of one training run on one engine: tfjs ops (tensorRunner.ts) or our own
 * typed-array step (typed/typedRunner.ts). trainMlp drives either through this interface, so
 * batch order, early stopping, progress and cancellation are the same code for both.
 */
export interface EpochRunner {
  /** One pass over the shuffled training rows; resolves to the mean data loss (no L2 term). */
  trainEpoch(): Promise<number>;
  /** Mean data loss on the validation rows with the current weights; null without them. */
  validationLoss(): Promise<number | null>;
  /** Remembers the current weights, replacing what was remembered. */
  keepCurrent(): void;
  /** Writes the remembered weights back (no-op when none were kept). */
  restoreKept(): void;
  /** The current weights, per layer. */
  readLayers(): Promise<LayerValues[]>;
  /** Frees what the runner holds (tensors); safe to call once, after any of the above. */
  dispose(): void;
}

/** What a runner is made from: the rows, the settings, the start and the shuffling stream. */
export interface RunnerInputs {
  readonly train: EncodedRows;
  readonly validation: EncodedRows | null;
  readonly config: MlpTrainingConfig;
  readonly initial: readonly LayerValues[];
  /** Draws the batch order and each step's dropout seed, in that order, as trainMlp always did. */
  readonly random: () => number;
}
