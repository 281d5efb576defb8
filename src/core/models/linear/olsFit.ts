import { fail, ok, type Result } from '../../result';
import { fSf } from '../../stats/distributions';
import { type PivotedTriangle, pivotedTriangle } from '../../stats/pivotedTriangle';
import type { TrainError, TrainingSet } from '../modelTypes';
import { requireFiniteValues, requireRows } from './checkTrainingSet';
import { designTriangle } from './designTriangle';
import {
  type FeatureScaling,
  meanOf,
  measureColumns,
  rawCovariance,
  rawParameters,
} from './featureScaling';
import { leastSquaresSolution, type LeastSquaresSolution } from './leastSquaresSolution';
import {
  INTERCEPT_LABEL,
  type LinearWarning,
  type OlsFitStatistics,
  type OlsModel,
} from './linearTypes';
import {
  centredConditionNumber,
  durbinWatson,
  rawConditionNumber,
  varianceInflation,
} from './olsDiagnostics';
import { coefficientTable, finiteOrNull, type RawEstimates } from './olsTable';
import { aliasedColumnWarnings, collinearityWarnings, constantColumnWarnings } from './olsWarnings';

/** Raw-scale estimates and standard errors per [intercept, ...features] (null = not estimated). */
function rawEstimates(
  solution: LeastSquaresSolution,
  sigmaSquared: number,
  kept: readonly number[],
  scaling: FeatureScaling,
  featureCount: number,
): RawEstimates {
  const size = kept.length + 1;
  const { rank, keptColumns, estimates, inverseGram } = solution;
  const parameters = new Float64Array(size);
  const covariance = new Float64Array(size * size);
  keptColumns.forEach((column, a) => {
    parameters[column] = estimates[a]!;
    keptColumns.forEach((other, b) => {
      covariance[column * size + other] = sigmaSquared * inverseGram[a * rank + b]!;
    });
  });
  const raw = rawParameters(parameters, kept, scaling);
  const rawCov = rawCovariance(covariance, kept, scaling);
  const features = Array.from({ length: featureCount }, (_, j) => kept.indexOf(j) + 1);
  // Design column per table row; constant features (index 0 from indexOf) and aliased ones: none.
  const designs = [0, ...features.map((design) => (design > 0 ? design : -1))].map((design) =>
    keptColumns.includes(design) ? design : -1,
  );
  return {
    estimates: designs.map((design) => (design < 0 ? null : raw[design]!)),
    standardErrors: designs.map((design) =>
      design < 0 ? null : Math.sqrt(rawCov[design * size + design]!),
    ),
  };
}

function fitStatistics(
  solution: LeastSquaresSolution,
  rows: number,
): Omit<OlsFitStatistics, 'durbinWatson' | 'conditionNumber' | 'scaledConditionNumber'> {
  const { rank, residualSumOfSquares: rss, centredTotalSumOfSquares: tss } = solution;
  const dfResidual = rows - rank;
  const dfModel = rank - 1;
  const rSquared = 1 - rss / tss;
  const fStatistic = dfModel > 0 ? (tss - rss) / dfModel / (rss / dfResidual) : NaN;
  const logLikelihood = -0.5 * rows * (Math.log(2 * Math.PI) + Math.log(rss / rows) + 1);
  return {
    rows,
    rank,
    dfModel,
    dfResidual,
    rSquared: finiteOrNull(rSquared),
    adjustedRSquared: finiteOrNull(1 - ((rows - 1) / dfResidual) * (1 - rSquared)),
    fStatistic: finiteOrNull(fStatistic),
    fPValue: finiteOrNull(fSf(fStatistic, dfModel, dfResidual)),
    logLikelihood: finiteOrNull(logLikelihood),
    aic: finiteOrNull(-2 * logLikelihood + 2 * rank),
    bic: finiteOrNull(-2 * logLikelihood + Math.log(rows) * rank),
    residualSumOfSquares: rss,
    residualStandardError: finiteOrNull(Math.sqrt(rss / dfResidual)),
  };
}

/** Warnings about dropped, aliased and collinear columns. */
function olsWarnings(
  data: TrainingSet,
  scaling: FeatureScaling,
  fitted: { triangle: PivotedTriangle; solution: LeastSquaresSolution; kept: readonly number[] },
  vif: readonly (number | null)[],
  centredCondition: number | null,
): LinearWarning[] {
  const designNames = [INTERCEPT_LABEL, ...fitted.kept.map((j) => data.featureNames[j]!)];
  return [
    ...constantColumnWarnings(data.featureNames.filter((_, j) => scaling.constant[j])),
    ...aliasedColumnWarnings(fitted.triangle, fitted.solution, designNames),
    ...collinearityWarnings(data.featureNames, vif, centredCondition),
  ];
}

/** Ordinary least squares with an intercept, reported like statsmodels OLS on the raw features. */
export function fitOls(data: TrainingSet): Result<OlsModel, TrainError> {
  const finite = requireFiniteValues(data);
  if (!finite.ok) return finite;
  const enough = requireRows(data.rows, data.cols + 1, 'Linear regression');
  if (!enough.ok) return enough;
  if (data.y.every((value) => value === data.y[0])) {
    return fail({
      code: 'constant-target',
      message: 'The target has the same value in every row, so there is nothing to predict.',
    });
  }
  const scaling = measureColumns(data);
  const kept = data.featureNames.map((_, j) => j).filter((j) => !scaling.constant[j]);
  const yMean = meanOf(data.y);
  const triangle = pivotedTriangle(designTriangle(data, scaling, kept, yMean), kept.length + 2, 1);
  const solution = leastSquaresSolution(triangle);
  const statistics = fitStatistics(solution, data.rows);
  const sigmaSquared = statistics.residualSumOfSquares / statistics.dfResidual;
  const raw = rawEstimates(solution, sigmaSquared, kept, scaling, data.cols);
  const intercept = (raw.estimates[0] ?? 0) + yMean;
  const estimates = [intercept, ...raw.estimates.slice(1)];
  const coefficients = estimates.slice(1).map((value) => value ?? 0);
  const vif = varianceInflation(triangle, solution, kept, data.cols);
  const centredCondition = centredConditionNumber(triangle, solution);
  return ok({
    kind: 'ols',
    featureNames: data.featureNames,
    intercept,
    coefficients,
    table: coefficientTable(data.featureNames, { ...raw, estimates }, vif, statistics.dfResidual),
    fit: {
      ...statistics,
      durbinWatson: durbinWatson(data, intercept, coefficients),
      conditionNumber: rawConditionNumber(triangle, solution, kept, scaling),
      scaledConditionNumber: centredCondition,
    },
    warnings: olsWarnings(data, scaling, { triangle, solution, kept }, vif, centredCondition),
  });
}
