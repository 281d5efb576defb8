import type { Matrix, Predictions } from '../../models/modelTypes';

/**
 * Predictions of rows whose encoded features of one source column are replaced, faster than
 * re-predicting whole rows: what permutation importance and partial dependence ask a model for.
 * Results equal the model's own predict up to float rounding.
 */
export interface SwapPredictor {
  /** Prepares `base` rows; null when they are too many to hold the precomputed tables. */
  readonly forRows: (base: Matrix) => SwapRows | null;
}

/** Predictions for row i of the base with `features` set to the values of donor `donorOfRow[i]`. */
export type DonorPredict = (donorOfRow: Int32Array) => Predictions;

export interface SwapRows {
  /** Predictions of the base rows unchanged. */
  readonly predict: () => Predictions;
  /**
   * Prepares replacing `features` (encoded column indices) by donor values: `donors` is row-major
   * donors x features.length, or null for the base rows' own values (a permutation). Without
   * `probabilities`, classification predictions carry class indices only. The returned predictor
   * holds until the next withDonors call on these rows, which reuses its buffer.
   */
  readonly withDonors: (
    features: readonly number[],
    donors: Float64Array | null,
    probabilities: boolean,
  ) => DonorPredict;
}
