import { fail, ok, type Result } from '../../result';
import type { TrainError, TrainingSet } from '../modelTypes';
import { requireFiniteValues, requireRows } from './checkTrainingSet';
import { designTriangle } from './designTriangle';
import { type FeatureScaling, meanOf, measureColumns } from './featureScaling';
import {
  INTERCEPT_LABEL,
  type CoefficientRow,
  type LambdaScore,
  type RidgeModel,
} from './linearTypes';
import { aliasedRow } from './olsTable';
import { constantColumnWarnings } from './olsWarnings';
import { ridgeCoefficients, ridgePath, ridgeResidualSquares, type RidgePath } from './ridgePath';
import { chooseLambda } from './ridgeLambda';

/** How ridge penalises: the scale of the penalised coefficients, and the held-out rows for 'auto'. */
export interface RidgeSettings {
  readonly lambda: number | 'auto';
  readonly penaltyScale: 'standardised' | 'raw';
  readonly validation: TrainingSet | null;
}

function estimateRow(feature: string, estimate: number): CoefficientRow {
  return { ...aliasedRow(feature, null), estimate, aliased: false };
}

/** Estimates only: ridge has no textbook standard errors, so those columns stay null. */
function ridgeTable(
  featureNames: readonly string[],
  scaling: FeatureScaling,
  fit: { intercept: number; coefficients: readonly number[] },
): CoefficientRow[] {
  return [
    estimateRow(INTERCEPT_LABEL, fit.intercept),
    ...featureNames.map((name, j) =>
      scaling.constant[j] ? aliasedRow(name, null) : estimateRow(name, fit.coefficients[j]!),
    ),
  ];
}

function fullCoefficients(kept: readonly number[], slopes: Float64Array, count: number): number[] {
  const coefficients = new Array<number>(count).fill(0);
  kept.forEach((column, j) => (coefficients[column] = slopes[j]!));
  return coefficients;
}

/** Fits at α and returns the parts of the model that depend on it. */
function modelAt(
  path: RidgePath,
  alpha: number,
  scaling: FeatureScaling,
  data: TrainingSet,
  yMean: number,
) {
  const { intercept, slopes } = ridgeCoefficients(path, alpha, scaling, yMean);
  const coefficients = fullCoefficients(path.kept, slopes, data.cols);
  const rSquared = 1 - ridgeResidualSquares(path, alpha) / path.centredTotalSquares;
  return { intercept, coefficients, rSquared: Number.isFinite(rSquared) ? rSquared : null };
}

/**
 * Ridge regression with an unpenalised intercept. With penaltyScale 'raw' it minimises
 * ||y − b0 − Xb||² + λ||b||² exactly as scikit-learn's Ridge(alpha=λ); with 'standardised' the
 * penalty applies to coefficients of standardised features (StandardScaler then Ridge), and
 * the coefficients are reported back on the raw scale. λ = 'auto' picks it from a log grid.
 */
export function fitRidge(
  data: TrainingSet,
  settings: RidgeSettings,
): Result<RidgeModel, TrainError> {
  const finite = requireFiniteValues(data);
  if (!finite.ok) return finite;
  const enough = requireRows(data.rows, 1, 'Ridge regression');
  if (!enough.ok) return enough;
  if (settings.lambda !== 'auto' && !(settings.lambda >= 0)) {
    return fail({ code: 'bad-option', message: 'The ridge penalty (lambda) must be at least 0.' });
  }
  const scaling = measureColumns(data);
  const kept = data.featureNames.map((_, j) => j).filter((j) => !scaling.constant[j]);
  const yMean = meanOf(data.y);
  const triangle = designTriangle(data, scaling, kept, yMean);
  const path = ridgePath(triangle, kept, scaling, settings.penaltyScale);
  const choice =
    settings.lambda === 'auto'
      ? chooseLambda(
          path,
          (alpha) => modelAt(path, alpha, scaling, data, yMean),
          settings.validation,
          data.rows,
        )
      : { lambda: settings.lambda, how: 'fixed' as const, curve: [] as LambdaScore[] };
  const fit = modelAt(path, choice.lambda, scaling, data, yMean);
  return ok({
    kind: 'ridge',
    featureNames: data.featureNames,
    intercept: fit.intercept,
    coefficients: fit.coefficients,
    lambda: choice.lambda,
    penaltyScale: settings.penaltyScale,
    lambdaChoice: choice.how,
    lambdaCurve: choice.curve,
    rSquared: fit.rSquared,
    table: ridgeTable(data.featureNames, scaling, fit),
    warnings: constantColumnWarnings(data.featureNames.filter((_, j) => scaling.constant[j])),
  });
}
