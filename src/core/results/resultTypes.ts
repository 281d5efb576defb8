/*
 * The data behind the results screen. Everything here is plain data (numbers, strings, arrays,
 * typed arrays) computed in a worker; the UI only draws it. Chart point lists are already
 * downsampled: `shown` of `total` rows are drawn.
 */

/** Which part of the split a row was in. */
export type SplitPart = 0 | 1 | 2;
export const PART_TRAIN: SplitPart = 0;
export const PART_VALIDATION: SplitPart = 1;
export const PART_TEST: SplitPart = 2;

/**
 * Every scored row of a run, columnar. Regression: `actual`/`predicted` are target values.
 * Classification: they are class indices into `classes`, and `probabilities` is row-major
 * rows x classes.
 */
export interface RowPredictions {
  /** Table row behind each entry. */
  readonly rows: Int32Array;
  /** SplitPart per entry. */
  readonly part: Uint8Array;
  readonly actual: Float64Array;
  readonly predicted: Float64Array;
  readonly probabilities: Float64Array | null;
  readonly classes: readonly string[] | null;
}

/** One drawn point of a regression diagnostic; `row` is the table row (for the hover tooltip). */
export interface ResidualPoint {
  readonly row: number;
  readonly part: SplitPart;
  readonly actual: number;
  readonly predicted: number;
  readonly residual: number;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface ResidualHistogram {
  readonly bins: readonly HistogramBin[];
  /** The normal density with the residuals' mean and standard deviation, scaled to counts per bin. */
  readonly normalCurve: readonly XY[];
  readonly mean: number;
  readonly std: number;
}

/** A normal Q-Q point: theoretical normal quantile against the standardised residual. */
export interface QqPoint {
  readonly theoretical: number;
  readonly sample: number;
  readonly row: number;
  readonly part: SplitPart;
}

/** Regression diagnostics over all scored rows (every part; the UI filters by `part`). */
export interface RegressionDiagnostics {
  readonly task: 'regression';
  readonly total: number;
  /** Downsampled so the shape and the extremes (largest residuals, min/max) survive. */
  readonly points: readonly ResidualPoint[];
  /** Smoothed residual against fitted value (binned or LOWESS), for the residual plot. */
  readonly trend: readonly XY[];
  readonly histogram: ResidualHistogram;
  readonly qq: readonly QqPoint[];
}

/** One point of a ROC curve. */
export interface RocPoint {
  readonly fpr: number;
  readonly tpr: number;
  readonly threshold: number;
}

/** ROC of one class against the rest (binary: the positive class, index 1). */
export interface RocCurve {
  readonly classIndex: number;
  readonly auc: number | null;
  readonly points: readonly RocPoint[];
}

/** Cumulative gains and lift: after contacting `share` of rows (best scores first). */
export interface GainsPoint {
  readonly share: number;
  readonly gain: number;
  readonly lift: number;
}

/** Counts at one probability threshold for the class of interest against the rest. */
export interface ThresholdCounts {
  readonly threshold: number;
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

/** Classification diagnostics on the evaluation rows (test, else validation, else train). */
export interface ClassificationDiagnostics {
  readonly task: 'classification';
  readonly total: number;
  readonly classes: readonly string[];
  /** Which rows these come from. */
  readonly part: SplitPart;
  readonly roc: readonly RocCurve[];
  /** Gains for the positive class (binary) or per class, same order as `roc`. */
  readonly gains: readonly (readonly GainsPoint[])[];
  /** Per class, same order as `roc`: counts at thresholds in ascending order (at most ~200). */
  readonly thresholds: readonly (readonly ThresholdCounts[])[];
  /** confusion[actual][predicted] at the model's own decision (argmax). */
  readonly confusion: readonly (readonly number[])[];
}

export type Diagnostics = RegressionDiagnostics | ClassificationDiagnostics;

/** Importance of one source column (one-hot levels move together). */
export interface FeatureImportance {
  readonly column: string;
  /** Mean drop of the score when the column is shuffled (higher = more important). */
  readonly mean: number;
  readonly std: number;
}

export interface ImportanceResult {
  /** Score that drops: 'r2' (regression) or 'accuracy' (classification). */
  readonly metric: 'r2' | 'accuracy';
  readonly part: SplitPart;
  readonly rows: number;
  readonly repeats: number;
  readonly features: readonly FeatureImportance[];
}

/** A scatter point of the fit chart: the raw feature value against the actual target. */
export interface FitPoint {
  readonly row: number;
  readonly part: SplitPart;
  readonly x: number;
  readonly y: number;
}

/** One point of the model's curve; the band is set for OLS with one feature (95% confidence). */
export interface CurvePoint {
  readonly x: number;
  readonly y: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * The fitted model against one feature. `line`: single-feature OLS/ridge regression line.
 * `partial-dependence`: average prediction as the feature varies, others as observed.
 * `probability`: classification, the average predicted probability of `classIndex`.
 * Categorical features: x is the level index into `levels`.
 */
export interface FitCurve {
  readonly column: string;
  readonly kind: 'line' | 'partial-dependence' | 'probability';
  readonly classIndex: number | null;
  readonly levels: readonly string[] | null;
  readonly total: number;
  readonly points: readonly FitPoint[];
  readonly curve: readonly CurvePoint[];
}

/** A driver of the model, in the target's units per `step` of the feature (raw scale). */
export interface Driver {
  readonly column: string;
  /** Level for one-hot features (effect against the reference level), else null. */
  readonly level: string | null;
  /** Change of the prediction (regression) or log-odds (classification) per `step`. */
  readonly effect: number;
  readonly step: number;
  readonly direction: 'up' | 'down';
  readonly importance: number | null;
  /** Classification: the class whose odds (log-odds in `effect`) the driver moves; else null. */
  readonly className: string | null;
  /**
   * Multinomial logistic: the class those odds are against (the first class), as in "the odds
   * of gold over bronze"; null when against every other class (binary, non-linear models).
   */
  readonly versusClass: string | null;
}

/** A warning in the plain-language summary; the UI words it from `code` and `params`. */
export interface SummaryWarning {
  readonly code:
    | 'heteroscedastic'
    | 'high-leverage-outliers'
    | 'collinearity'
    | 'leakage-suspect'
    | 'weak-model'
    | 'small-test-set';
  readonly params: Readonly<Record<string, string | number>>;
}

/** What the plain-language summary says, as data (worded in English and Chinese by the UI). */
export interface SummaryFacts {
  readonly target: string;
  readonly task: 'regression' | 'classification';
  /** The positive class for binary classification. */
  readonly positiveClass: string | null;
  readonly part: SplitPart;
  readonly metric: 'r2' | 'rmse' | 'accuracy' | 'auc';
  readonly value: number;
  readonly baseline: number;
  readonly drivers: readonly Driver[];
  readonly warnings: readonly SummaryWarning[];
}

/** Everything the results screen shows for one run. */
export interface RunResults {
  readonly diagnostics: Diagnostics;
  readonly importance: ImportanceResult | null;
  readonly fit: FitCurve | null;
  readonly summary: SummaryFacts;
}
