import type { SwapPredictor } from './kernelSwap/swapTypes';
import type { DataTable } from '../data/table';
import type { Matrix, Predictions, TaskType } from '../models/modelTypes';
import type { Pipeline, PrepError } from '../prep/prepTypes';

export const DEFAULT_MAX_POINTS = 2000;
export const DEFAULT_GRID_SIZE = 40;
export const DEFAULT_SAMPLE_ROWS = 300;

/** What the fit chart needs: the run's pipeline, model, scored rows and the feature to draw. */
export interface FitCurveInput {
  readonly pipeline: Pipeline;
  readonly table: DataTable;
  readonly column: string;
  /** Table rows scored, for the scatter. */
  readonly rows: Int32Array;
  /** SplitPart per entry of `rows`; training entries (part 0) give the grid and background rows. */
  readonly parts: Uint8Array;
  /** Target value (regression) or class index (classification) per entry of `rows`. */
  readonly actual: Float64Array;
  readonly predict: (m: Matrix) => Predictions;
  /** The model's column-swap predictor (kernel SVMs), for a faster partial dependence. */
  readonly swap?: SwapPredictor | null;
  readonly task: TaskType;
  /**
   * Classification: the class whose probability is drawn; default 1 for binary, else the class
   * whose average probability the feature moves most.
   */
  readonly classIndex?: number;
  /**
   * Set for OLS and ridge regression: the rows the model was fitted on. With a single feature the
   * curve is the regression line, with a 95% confidence band unless `method` is 'ridge'.
   */
  readonly linear?: { readonly trainRows: Int32Array; readonly method?: 'ols' | 'ridge' } | null;
  /** Scatter points at most (default 2000). */
  readonly maxPoints?: number;
  /** Curve points for numeric and date features (default 40). */
  readonly gridSize?: number;
  /** Training rows averaged over for partial dependence (default 300). */
  readonly sampleRows?: number;
  readonly seed?: number;
}

/** Why no fit chart can be drawn for the column; the UI words it. */
export type FitCurveError =
  | { readonly code: 'unknown-column'; readonly column: string }
  | { readonly code: 'not-a-feature'; readonly column: string }
  | { readonly code: 'no-training-values'; readonly column: string }
  | { readonly code: 'bad-class'; readonly classIndex: number; readonly classes: number }
  | { readonly code: 'prep'; readonly error: PrepError };
