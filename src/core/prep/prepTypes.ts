import type { ColumnType } from '../data/table';
import type { Matrix, TaskType } from '../models/modelTypes';

/** How missing cells of a feature are filled; 'drop-rows' removes rows with a missing cell instead. */
export type ImputeStrategy = 'mean' | 'median' | 'most-frequent' | 'constant' | 'drop-rows';

/** What a categorical level never seen in training becomes: the "other" column (if any) or zeros. */
export type UnseenLevelPolicy = 'other' | 'zeros';

/** One feature column as the user configured it; unset fields take the defaults below. */
export interface FeatureSpec {
  readonly column: string;
  readonly impute?: ImputeStrategy;
  /** For 'constant': a number (numeric, boolean, date in ms) or a level (categorical). */
  readonly fillValue?: number | string;
  /** One-hot columns at most, the "other" column included (scikit-learn's max_categories). */
  readonly maxLevels?: number;
  /** Levels rarer than this go to "other": a count when >= 1, a share of rows when below 1. */
  readonly minFrequency?: number;
  readonly unseen?: UnseenLevelPolicy;
}

/** Class-count guard for classification targets. */
export interface ClassLimits {
  readonly maxClasses: number;
  /** Above `minClassesForShare` classes, at most this share of rows may be distinct classes. */
  readonly maxClassShare: number;
  readonly minClassesForShare: number;
}

export const DEFAULT_CLASS_LIMITS: ClassLimits = {
  maxClasses: 50,
  maxClassShare: 0.05,
  minClassesForShare: 10,
};

export const DEFAULT_MAX_LEVELS = 20;

/** What to fit: the target, the features, and whether numeric features are standardised. */
export interface PipelineSpec {
  readonly target: string;
  readonly task: TaskType;
  readonly features: readonly FeatureSpec[];
  readonly standardise: boolean;
  /** Leave out each one-hot column's first level (the reference), for linear models with an intercept. */
  readonly dropFirstLevel?: boolean;
  /** Binary classification: this class becomes index 1, the positive class of the metrics. */
  readonly positiveClass?: string;
  readonly classLimits?: ClassLimits;
}

/** Why preparation failed; the UI words it. `column` is the source column's name. */
export type PrepError =
  | { readonly code: 'missing-columns'; readonly columns: readonly string[] }
  | { readonly code: 'duplicate-column'; readonly column: string }
  | {
      readonly code: 'type-mismatch';
      readonly column: string;
      readonly expected: string;
      readonly found: ColumnType;
    }
  | {
      readonly code: 'non-finite';
      readonly column: string;
      readonly feature: string;
      readonly row: number;
    }
  | {
      readonly code: 'unsupported-target';
      readonly column: string;
      readonly type: ColumnType;
      readonly task: TaskType | null;
    }
  | { readonly code: 'empty-target'; readonly column: string }
  | { readonly code: 'single-class'; readonly column: string; readonly className: string }
  | {
      readonly code: 'too-many-classes';
      readonly column: string;
      readonly classes: number;
      readonly rows: number;
      readonly limit: number;
    }
  | { readonly code: 'target-is-feature'; readonly column: string }
  | { readonly code: 'bad-impute'; readonly column: string; readonly strategy: ImputeStrategy }
  | { readonly code: 'bad-level-cap'; readonly column: string }
  | { readonly code: 'no-features' }
  | { readonly code: 'too-few-rows'; readonly rows: number; readonly needed: number }
  | { readonly code: 'bad-split'; readonly reason: 'share-range' | 'share-sum' | 'fold-count' }
  | { readonly code: 'unsupported-version'; readonly version: number };

/** A non-fatal finding while fitting, e.g. a column left out because it is constant on training rows. */
export interface PrepNotice {
  readonly code: 'constant' | 'all-missing';
  readonly column: string;
  /** For dates: the derived feature left out (e.g. every training date in the same month). */
  readonly part?: DatePart;
}

export interface FittedImpute<F extends number | string> {
  readonly strategy: ImputeStrategy;
  /** The value filled in; null for 'drop-rows'. */
  readonly fill: F | null;
}

/** Standardisation of one output feature: z = (x - mean) / std, both from training rows. */
export interface Scaling {
  readonly mean: number;
  readonly std: number;
}

export interface NumericStep {
  readonly kind: 'numeric';
  readonly column: string;
  readonly sourceType: 'numeric' | 'boolean';
  readonly impute: FittedImpute<number>;
  readonly feature: number;
  readonly scaling: Scaling | null;
}

export type DatePart = 'days' | 'month' | 'weekday';

export interface DatePartStep {
  readonly part: DatePart;
  readonly feature: number;
  readonly scaling: Scaling | null;
}

/** A date becomes days since the first training date (UTC midnight), month 1-12, weekday 0-6 (Sunday 0). */
export interface DateStep {
  readonly kind: 'date';
  readonly column: string;
  readonly impute: FittedImpute<number>;
  readonly originMs: number;
  readonly parts: readonly DatePartStep[];
}

/** One-hot: `levels[i]` is output column `firstFeature + i`; "other" (if any) follows them. */
export interface OneHotStep {
  readonly kind: 'one-hot';
  readonly column: string;
  readonly sourceType: ColumnType;
  readonly impute: FittedImpute<string>;
  readonly levels: readonly string[];
  readonly firstFeature: number;
  readonly hasOther: boolean;
  /** Training levels folded into "other" (rare, or beyond the level cap). */
  readonly otherLevels: readonly string[];
  /** Level encoded as all zeros when `dropFirstLevel` was set; null otherwise. */
  readonly referenceLevel: string | null;
  readonly unseen: UnseenLevelPolicy;
}

export type FeatureStep = NumericStep | DateStep | OneHotStep;

export type TargetStep =
  | { readonly kind: 'regression'; readonly column: string }
  | {
      readonly kind: 'classification';
      readonly column: string;
      readonly sourceType: ColumnType;
      readonly classes: readonly string[];
      /** Numeric and boolean targets: the value of each class; null when classes are levels. */
      readonly classValues: readonly number[] | null;
    };

export const PIPELINE_VERSION = 1;

/**
 * A fitted pipeline: plain JSON (no typed arrays, no Maps, no functions; every number finite), so it
 * can be saved and used to score a new table whose columns are matched by name.
 */
export interface Pipeline {
  readonly version: typeof PIPELINE_VERSION;
  readonly task: TaskType;
  readonly target: TargetStep;
  readonly steps: readonly FeatureStep[];
  readonly featureNames: readonly string[];
  readonly standardised: boolean;
  readonly notices: readonly PrepNotice[];
  /** Training rows the statistics came from, after dropping rows without a target or a required cell. */
  readonly fittedRows: number;
}

export interface UnseenLevelCount {
  readonly column: string;
  readonly count: number;
}

/** Rows ready for a model; `rows[i]` is the table row behind matrix row i. */
export interface TransformedRows {
  readonly matrix: Matrix;
  readonly featureNames: readonly string[];
  readonly target: Float64Array | null;
  readonly rows: Int32Array;
  readonly droppedRows: number;
  readonly dropped: {
    readonly missingFeature: number;
    readonly missingTarget: number;
    readonly unseenClass: number;
  };
  readonly unseenLevels: readonly UnseenLevelCount[];
}
