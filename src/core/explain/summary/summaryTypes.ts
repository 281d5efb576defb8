import type { ImportanceResult } from '../../results/resultTypes';
import type { Matrix } from '../../models/modelTypes';
import type { TrainingOutcome } from '../../training/trainingTypes';

/** How well one feature column alone predicts the target, in [0, 1] (1 = perfectly). */
export interface LeakageScore {
  readonly column: string;
  readonly score: number;
}

/** Residuals of a regression run, one entry per scored row (same order as the run's predictions). */
export interface ScoredResiduals {
  readonly fitted: Float64Array;
  readonly residual: Float64Array;
  /** SplitPart per entry. */
  readonly part: Uint8Array;
}

/**
 * A partial-dependence curve of one source column: the average prediction (regression) or
 * probability of class `classIndex` (classification) at each x. Categorical columns: x is the
 * index into `levels`.
 */
export interface DependenceCurve {
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly levels?: readonly string[] | null;
  /** Classification: the class whose probability `y` is (default: the positive class, index 1). */
  readonly classIndex?: number | null;
}

/** Everything summaryFacts reads. */
export interface SummaryInput {
  readonly outcome: TrainingOutcome;
  readonly importance: ImportanceResult | null;
  /** Regression only: every scored row. */
  readonly residuals: ScoredResiduals | null;
  readonly leakage: readonly LeakageScore[];
  /** Typical size (std or IQR) of each raw numeric source column on training rows. */
  readonly featureScale: ReadonlyMap<string, number>;
  /** Drivers to list (default 3). */
  readonly maxDrivers?: number;
  /** Partial-dependence curves by source column, for the direction of non-linear models. */
  readonly curves?: ReadonlyMap<string, DependenceCurve>;
  /** Training rows of the OLS design (the model's features, no intercept), in scoring order. */
  readonly design?: Matrix;
}
