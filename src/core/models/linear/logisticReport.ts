import { choleskyFactor, choleskyInverse } from '../../stats/choleskyFactor';
import { chiSquareSf } from '../../stats/distributions';
import type { FeatureScaling } from './featureScaling';
import { rawCovariance, rawParameters } from './featureScaling';
import { INTERCEPT_LABEL, type CoefficientRow, type LogisticFitStatistics } from './linearTypes';
import { aliasedRow, finiteOrNull, testedRow } from './olsTable';

/** Raw-scale parameters and standard errors of one linear predictor (intercept first, kept order). */
export interface RawBlock {
  readonly estimates: Float64Array;
  readonly standardErrors: Float64Array;
}

/** Moves block `a` of θ and its covariance (rows/cols a·q..a·q+q−1 of `covariance`) to raw scale. */
export function rawBlock(
  theta: Float64Array,
  covariance: Float64Array,
  block: number,
  kept: readonly number[],
  scaling: FeatureScaling,
): RawBlock {
  const q = kept.length + 1;
  const width = theta.length;
  const local = new Float64Array(q * q);
  for (let j = 0; j < q; j += 1) {
    for (let k = 0; k < q; k += 1)
      local[j * q + k] = covariance[(block * q + j) * width + block * q + k]!;
  }
  const raw = rawCovariance(local, kept, scaling);
  return {
    estimates: rawParameters(theta.subarray(block * q, block * q + q), kept, scaling),
    standardErrors: Float64Array.from({ length: q }, (_, j) =>
      Math.sqrt(Math.max(raw[j * q + j]!, 0)),
    ),
  };
}

/** Coefficient rows of one linear predictor: z tests, 95% intervals, odds ratios when binary. */
export function logisticRows(
  block: RawBlock,
  className: string,
  featureNames: readonly string[],
  kept: readonly number[],
  binary: boolean,
): CoefficientRow[] {
  const row = (feature: string, position: number): CoefficientRow => {
    const tested = testedRow(
      feature,
      className,
      block.estimates[position]!,
      block.standardErrors[position]!,
      Infinity,
    );
    if (!binary) return tested;
    const exp = (value: number | null) => (value === null ? null : finiteOrNull(Math.exp(value)));
    return { ...tested, oddsRatio: exp(tested.estimate) };
  };
  return [
    row(INTERCEPT_LABEL, 0),
    ...featureNames.map((name, j) => {
      const position = kept.indexOf(j);
      return position < 0 ? aliasedRow(name, className) : row(name, position + 1);
    }),
  ];
}

/** Log-likelihood of the intercept-only model: Σ n_k log(n_k / n). */
export function nullLogLikelihood(counts: Float64Array): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.reduce(
    (sum, count) => (count > 0 ? sum + count * Math.log(count / total) : sum),
    0,
  );
}

/**
 * Fit statistics with statsmodels' Logit/MNLogit definitions; `parameters` counts identifiable
 * parameters ((K − 1) per feature plus intercepts), `slopes` those tested by the LR test.
 */
export function logisticFitStatistics(
  negativeLogLikelihood: number,
  counts: Float64Array,
  parameters: number,
  slopes: number,
  iterations: number,
): LogisticFitStatistics {
  const rows = counts.reduce((sum, count) => sum + count, 0);
  const logLikelihood = -negativeLogLikelihood;
  const nullLikelihood = nullLogLikelihood(counts);
  const likelihoodRatio = 2 * (logLikelihood - nullLikelihood);
  return {
    rows,
    parameters,
    logLikelihood,
    nullLogLikelihood: nullLikelihood,
    pseudoRSquared: 1 - logLikelihood / nullLikelihood,
    likelihoodRatio,
    likelihoodRatioPValue: slopes > 0 ? finiteOrNull(chiSquareSf(likelihoodRatio, slopes)) : null,
    aic: -2 * logLikelihood + 2 * parameters,
    bic: -2 * logLikelihood + Math.log(rows) * parameters,
    iterations,
  };
}

/** Inverse Hessian; for the symmetric parameterisation, its pseudo-inverse (sum of intercepts fixed). */
export function parameterCovariance(
  hessian: Float64Array,
  width: number,
  q: number,
  symmetric: boolean,
): Float64Array {
  const blocks = width / q;
  const system = Float64Array.from(hessian);
  const shared = symmetric ? 1 / blocks : 0;
  for (let a = 0; a < blocks; a += 1)
    for (let b = 0; b < blocks; b += 1)
      system[a * q * width + b * q] = system[a * q * width + b * q]! + shared;
  const factor = choleskyFactor(system, width);
  const inverse = factor
    ? choleskyInverse(factor, width)
    : new Float64Array(width * width).fill(NaN);
  for (let a = 0; a < blocks; a += 1)
    for (let b = 0; b < blocks; b += 1)
      inverse[a * q * width + b * q] = inverse[a * q * width + b * q]! - shared;
  return inverse;
}
