import type { RowPredictions } from '../results/resultTypes';
import type { ModelKind, ModelOptionValues, TaskType } from '../models/modelTypes';
import type { FeatureSpec, ImputeStrategy, Pipeline } from '../prep/prepTypes';

/** Neural-network backends; `auto` measures and picks the fastest that works. */
export type BackendChoice = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];

/** How rows are held out. Percentages are of all rows with a target; `folds` 0 = no cross-validation. */
export interface SplitSettings {
  readonly validationPct: number;
  readonly testPct: number;
  readonly seed: number;
  readonly folds: number;
  /** Split by time on this date column (oldest rows train, newest test) instead of at random. */
  readonly timeColumn: string | null;
}

/** Everything about the data side of a training run, shared by every model trained at once. */
export interface TrainingSetup {
  readonly target: string;
  readonly task: TaskType;
  readonly features: readonly FeatureSpec[];
  readonly impute: ImputeStrategy;
  readonly split: SplitSettings;
}

export interface ModelRequest {
  readonly kind: ModelKind;
  readonly options: ModelOptionValues;
  readonly backend: BackendChoice;
}

export interface RegressionMetrics {
  readonly task: 'regression';
  readonly rows: number;
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  /** Null when every target is zero; rows with a zero target are left out of it. */
  readonly mape: number | null;
}

export interface ClassificationMetrics {
  readonly task: 'classification';
  readonly rows: number;
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly auc: number | null;
  readonly logLoss: number | null;
  /** confusion[actual][predicted], class order as in `classes`. */
  readonly confusion: readonly (readonly number[])[];
}

export type MetricSet = RegressionMetrics | ClassificationMetrics;

export interface SplitMetrics {
  readonly train: MetricSet;
  readonly validation: MetricSet | null;
  readonly test: MetricSet | null;
}

/** Mean and standard deviation of each headline metric over k folds. */
export interface CrossValidationSummary {
  readonly folds: number;
  readonly metrics: readonly {
    readonly name: string;
    readonly mean: number;
    readonly std: number;
  }[];
}

export interface LossPoint {
  readonly epoch: number;
  readonly loss: number;
  readonly valLoss: number | null;
}

/** A finished model with what it needs to be shown, compared, exported and used for scoring. */
export interface TrainingOutcome {
  readonly kind: ModelKind;
  readonly task: TaskType;
  readonly model: unknown;
  readonly pipeline: Pipeline;
  readonly featureNames: readonly string[];
  readonly classes: readonly string[] | null;
  readonly rowCounts: {
    readonly train: number;
    readonly validation: number;
    readonly test: number;
  };
  readonly metrics: SplitMetrics;
  /** The naive baseline (mean, or majority class) on the same held-out rows. */
  readonly baseline: SplitMetrics;
  readonly crossValidation: CrossValidationSummary | null;
  readonly backend: string | null;
  readonly trainMs: number;
  readonly lossHistory: readonly LossPoint[];
  readonly notices: readonly TrainingNotice[];
  /** Every scored row: table row, split part, actual and predicted (the charts' raw material). */
  readonly predictions: RowPredictions;
}

/** Something the user should know about a run that still succeeded. */
export interface TrainingNotice {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Why a run failed: a code the UI words, its parameters, and an English fallback sentence. */
export interface TrainingFailure {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}
