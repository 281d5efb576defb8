import type { ColumnType } from '../data/table';
import type { ModelKind, TaskType } from '../models/modelTypes';
import type { Pipeline } from '../prep/prepTypes';
import type { SplitMetrics } from '../training/trainingTypes';

export const MODEL_FILE_FORMAT = 'sheetsense-model';
export const MODEL_FILE_VERSION = 1;

/** A column the model was trained with, as it looked in the training file. */
export interface SchemaColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** Categorical levels seen in training (one-hot features), else null. */
  readonly levels: readonly string[] | null;
}

/**
 * Everything needed to score a new file, as one JSON document: the columns expected, the fitted
 * preprocessing pipeline, the fitted model (plain data) and how well it did. Versioned.
 */
export interface ModelFile {
  readonly format: typeof MODEL_FILE_FORMAT;
  readonly version: typeof MODEL_FILE_VERSION;
  /** ISO 8601 time of export. */
  readonly savedAt: string;
  /** File the model was trained on. */
  readonly trainedOn: string;
  readonly kind: ModelKind;
  readonly task: TaskType;
  readonly target: string;
  readonly classes: readonly string[] | null;
  readonly featureNames: readonly string[];
  readonly schema: readonly SchemaColumn[];
  readonly pipeline: Pipeline;
  readonly model: unknown;
  readonly metrics: SplitMetrics;
  readonly baseline: SplitMetrics;
  /** Neural network: the backend it trained on (scoring never needs it). */
  readonly backend: string | null;
}

/** How a new file's columns line up with the model's schema (matched by exact name). */
export interface ColumnMatchReport {
  /** Expected feature columns absent from the file (scoring cannot run when non-empty). */
  readonly missing: readonly string[];
  /** Columns in the file the model does not use. */
  readonly extra: readonly string[];
  /** A missing column and the extra column that looks like it (case, spaces, punctuation, typo). */
  readonly renamedLooking: readonly { readonly expected: string; readonly found: string }[];
  readonly typeChanged: readonly {
    readonly column: string;
    readonly expected: ColumnType;
    readonly found: ColumnType;
  }[];
  /** Categorical levels never seen in training, with how many rows hold them. */
  readonly unseenCategories: readonly {
    readonly column: string;
    readonly levels: readonly string[];
    readonly rows: number;
  }[];
}
