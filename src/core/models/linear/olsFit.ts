import { fail, ok, type Result } from '../../result';
import { fSf } from '../../stats/distributions';
import type { PivotedTriangle } from '../../stats/pivotedTriangle';
import type { TrainError, TrainingSet } from '../modelTypes';
import { requireFiniteValues, requireRows } from './checkTrainingSet';
import { centredCrossProducts } from './crossProducts';
import { type FeatureScaling, rawCovariance, rawParameters } from './featureScaling';
import type { LeastSquaresSolution } from './leastSquaresSolution';
import {
  INTERCEPT_LABEL,
  type LinearWarning,
  type OlsFitStatistics,
  type OlsModel,
} from './linearTypes';
import { decomposeOls } from './olsDecomposition';
import { rawConditionNumber, varianceInflation } from './olsDiagnostics';
import { centredLine, residualSummary } from './olsResiduals';
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

/** Fails with the first non-finite value, too few rows, or a constant target. */
function checkOlsData(data: TrainingSet, finite: boolean): Result<true, TrainError> {
  if (!finite) {
    const checked = requireFiniteValues(data);
    if (!checked.ok) return checked;
  }
  const enough = requireRows(data.rows, data.cols + 1, 'Linear regression');
  if (!enough.ok) return enough;
  if (data.y.every((value) => value === data.y[0])) {
    return fail({
      code: 'constant-target',
      message: 'The target has the same value in every row, so there is nothing to predict.',
    });
  }
  return ok(true);
}

/**
 * Ordinary least squares with an intercept, reported like statsmodels OLS on the raw features.
 * `method` 'qr' skips the cross-products shortcut (tests and the benchmark; the plug-in uses
 * 'auto').
 */
export function fitOls(
  data: TrainingSet,
  method: 'auto' | 'qr' = 'auto',
): Result<OlsModel, TrainError> {
  // One pass gives means, scales and the cross-products, and flags non-finite values.
  const products = data.rows > 0 ? centredCrossProducts(data) : null;
  const checked = checkOlsData(data, products?.finite ?? false);
  if (!checked.ok) return checked;
  const decomposed = decomposeOls(data, products, method);
  const { scaling, kept, yMean, triangle, centredCondition } = decomposed;
  const residuals = residualSummary(data, centredLine(decomposed.solution, kept, scaling, yMean));
  // The triangle's RSS is exact only from QR; the cross-products path sums the residuals.
  const solution =
    decomposed.method === 'qr'
      ? decomposed.solution
      : {
          ...decomposed.solution,
          residualSumOfSquares: residuals.residualSumOfSquares,
          centredTotalSumOfSquares: residuals.centredTotalSumOfSquares,
        };
  const statistics = fitStatistics(solution, data.rows);
  const sigmaSquared = statistics.residualSumOfSquares / statistics.dfResidual;
  const raw = rawEstimates(solution, sigmaSquared, kept, scaling, data.cols);
  const intercept = (raw.estimates[0] ?? 0) + yMean;
  const estimates = [intercept, ...raw.estimates.slice(1)];
  const coefficients = estimates.slice(1).map((value) => value ?? 0);
  const vif = varianceInflation(triangle, solution, kept, data.cols);
  return ok({
    kind: 'ols',
    featureNames: data.featureNames,
    intercept,
    coefficients,
    table: coefficientTable(data.featureNames, { ...raw, estimates }, vif, statistics.dfResidual),
    fit: {
      ...statistics,
      durbinWatson: residuals.durbinWatson,
      conditionNumber: rawConditionNumber(triangle, solution, kept, scaling),
      scaledConditionNumber: centredCondition,
    },
    warnings: olsWarnings(data, scaling, { triangle, solution, kept }, vif, centredCondition),
  });
}
