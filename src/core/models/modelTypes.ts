import type { Result } from '../result';

export type TaskType = 'regression' | 'classification';
export type ModelKind = 'linear' | 'svm' | 'neural';

/**
 * A dense design matrix, row-major: value of feature j in row i is `x[i * cols + j]`.
 * Models never see the DataTable; the preprocessing pipeline produces this.
 */
export interface Matrix {
  readonly x: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rows ready for a model. Regression: `y` holds target values. Classification: `y` holds class
 * indices 0..classes.length-1 (as numbers), `classes` their labels.
 */
export interface TrainingSet extends Matrix {
  readonly y: Float64Array;
  readonly featureNames: readonly string[];
  readonly classes: readonly string[] | null;
}

/** One step of training, streamed to the UI (loss curves, progress bars, ETA). */
export interface TrainingProgress {
  readonly fraction: number; // 0..1
  readonly epoch?: number;
  readonly loss?: number;
  readonly valLoss?: number;
  readonly message?: string;
  /**
   * Epochs reported since the previous message and not sent on their own, oldest first: the
   * training worker coalesces fast epochs into one message (coalesceProgress). `epoch`, `loss`
   * and `valLoss` stay the latest epoch's.
   */
  readonly earlier?: readonly EpochReport[];
}

/** One epoch's losses as reported during training. */
export interface EpochReport {
  readonly epoch: number;
  readonly loss: number;
  readonly valLoss?: number;
}

export interface TrainContext {
  readonly task: TaskType;
  readonly seed: number;
  /** Held-out rows for early stopping or hyper-parameter choice; never used to fit weights. */
  readonly validation: TrainingSet | null;
  readonly onProgress: (progress: TrainingProgress) => void;
}

/** An expected training failure, worded for a marketer; `column` names the culprit if known. */
export interface TrainError {
  readonly code: string;
  readonly message: string;
  readonly column?: string;
}

/**
 * Predictions for `rows` rows. Regression: `values` has one number per row. Classification:
 * `probabilities` is row-major rows x classes (or decision scores mapped to [0,1] when the model
 * has no calibrated probabilities), and `values` holds the predicted class index per row.
 */
export interface Predictions {
  readonly values: Float64Array;
  readonly probabilities: Float64Array | null;
}

/** Options a model accepts, described so the UI can build its form from data. */
export type OptionSpec =
  | {
      readonly key: string;
      readonly kind: 'number';
      readonly min?: number;
      readonly max?: number;
      readonly step?: number;
      readonly log?: boolean;
    }
  | { readonly key: string; readonly kind: 'choice'; readonly choices: readonly string[] }
  | { readonly key: string; readonly kind: 'boolean' };

export type ModelOptionValues = Readonly<Record<string, number | string | boolean>>;

export interface ModelMeta<O extends ModelOptionValues> {
  readonly kind: ModelKind;
  readonly tasks: readonly TaskType[];
  /** True when the model wants standardised inputs (SVM, neural); OLS reports raw-scale coefficients. */
  readonly wantsStandardised: boolean;
  readonly defaults: (task: TaskType) => O;
  readonly options: readonly OptionSpec[];
}

/** A model plug-in: a fitted model `M` is plain, serialisable data (no class instances, no tensors). */
export interface ModelPlugin<O extends ModelOptionValues, M> {
  readonly meta: ModelMeta<O>;
  readonly train: (
    data: TrainingSet,
    options: O,
    context: TrainContext,
  ) => Promise<Result<M, TrainError>>;
  readonly predict: (model: M, data: Matrix) => Predictions;
}
