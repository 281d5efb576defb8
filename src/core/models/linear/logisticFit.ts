import { fail, ok, type Result } from '../../result';
import type { TrainError, TrainingSet } from '../modelTypes';
import { countClasses, requireFiniteValues, requireRows } from './checkTrainingSet';
import { type FeatureScaling, measureColumns } from './featureScaling';
import type { LinearWarning, LogisticModel } from './linearTypes';
import { minimiseSoftmax } from './logisticNewton';
import {
  logisticFitStatistics,
  logisticRows,
  parameterCovariance,
  rawBlock,
} from './logisticReport';
import {
  keptFeatures,
  type LogisticSettings,
  separationError,
  softmaxProblem,
  startingPoint,
} from './logisticSetup';
import type { SoftmaxEvaluation, SoftmaxProblem } from './softmaxObjective';

export type { LogisticSettings } from './logisticSetup';

const PENALISED_INFERENCE: LinearWarning = {
  code: 'penalised-inference',
  message:
    'With the L2 penalty the coefficients are shrunk towards zero; their standard errors and p-values come from the penalised fit and are only approximate.',
  columns: [],
};

/** What the optimiser found, with the context needed to report it. */
interface LogisticOptimum {
  readonly problem: SoftmaxProblem;
  readonly scaling: FeatureScaling;
  readonly kept: readonly number[];
  readonly theta: Float64Array;
  readonly at: SoftmaxEvaluation;
  readonly iterations: number;
  readonly counts: Float64Array;
  readonly warnings: LinearWarning[];
}

/** Raw-scale coefficients, inference table and fit statistics from the optimum. */
function logisticModel(
  data: TrainingSet,
  settings: LogisticSettings,
  optimum: LogisticOptimum,
): LogisticModel {
  const { problem, kept, theta, at } = optimum;
  const classes = data.classes ?? [];
  const q = kept.length + 1;
  const symmetric = problem.logitClasses.length === classes.length;
  const covariance = parameterCovariance(at.hessian!, theta.length, q, symmetric);
  const blocks = Array.from(problem.logitClasses, (_, a) =>
    rawBlock(theta, covariance, a, kept, optimum.scaling),
  );
  const classOf = (a: number) => classes[problem.logitClasses[a]!]!;
  const slopeOf = (estimates: Float64Array, j: number) =>
    kept.includes(j) ? estimates[kept.indexOf(j) + 1]! : 0;
  const identifiable = (classes.length - 1) * q;
  return {
    kind: 'logistic',
    featureNames: data.featureNames,
    classes,
    logitClasses: Array.from(problem.logitClasses),
    intercepts: blocks.map((block) => block.estimates[0]!),
    coefficients: blocks.map((block) =>
      data.featureNames.map((_, j) => slopeOf(block.estimates, j)),
    ),
    penalty: settings.penalty,
    C: settings.penalty === 'l2' ? settings.C : null,
    fit: logisticFitStatistics(
      at.negativeLogLikelihood,
      optimum.counts,
      identifiable,
      identifiable - (classes.length - 1),
      optimum.iterations,
    ),
    table: blocks.flatMap((block, a) =>
      logisticRows(block, classOf(a), data.featureNames, kept, classes.length === 2),
    ),
    warnings:
      settings.penalty === 'l2' ? [...optimum.warnings, PENALISED_INFERENCE] : optimum.warnings,
  };
}

/** Checks the rows, drops unusable columns and runs Newton's method. */
function optimise(
  data: TrainingSet,
  settings: LogisticSettings,
): Result<LogisticOptimum, TrainError> {
  const finite = requireFiniteValues(data);
  if (!finite.ok) return finite;
  const counts = countClasses(data);
  if (!counts.ok) return counts;
  const scaling = measureColumns(data);
  const { kept, warnings } = keptFeatures(data, scaling, settings.penalty === 'l2');
  const problem = softmaxProblem(data, scaling, kept, settings);
  const parameters = problem.logitClasses.length * (kept.length + 1);
  if (settings.penalty === 'none') {
    const enough = requireRows(data.rows, parameters, 'Logistic regression');
    if (!enough.ok) return enough;
  }
  const symmetric = problem.logitClasses.length === problem.classCount;
  const outcome = minimiseSoftmax(problem, startingPoint(problem, counts.value), symmetric);
  if (outcome.converged) {
    return ok({ ...outcome, problem, scaling, kept, counts: counts.value, warnings });
  }
  if (outcome.reason === 'separation' || settings.penalty === 'none') {
    return fail(separationError(problem, outcome.theta, data.featureNames));
  }
  return fail({
    code: 'no-convergence',
    message:
      'Logistic regression did not converge. Try a smaller C (stronger penalty) or fewer features.',
  });
}

/**
 * Binary or multinomial logistic regression by Newton's method on standardised features, with
 * coefficients, standard errors (inverse Hessian) and z tests reported on the raw scale.
 * penalty 'none' matches statsmodels Logit/MNLogit (first class as reference); 'l2' matches
 * scikit-learn's LogisticRegression(C) (binary: one predictor for the second class; three or
 * more classes: one predictor per class with intercepts summing to zero).
 */
export function fitLogistic(
  data: TrainingSet,
  settings: LogisticSettings,
): Result<LogisticModel, TrainError> {
  if (settings.penalty === 'l2' && !(settings.C > 0)) {
    return fail({
      code: 'bad-option',
      message: 'The regularisation strength C must be a number above 0.',
    });
  }
  const optimum = optimise(data, settings);
  return optimum.ok ? ok(logisticModel(data, settings, optimum.value)) : optimum;
}
