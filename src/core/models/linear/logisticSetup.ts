import { pivotedTriangle } from '../../stats/pivotedTriangle';
import type { TrainError, TrainingSet } from '../modelTypes';
import { designTriangle } from './designTriangle';
import { type FeatureScaling, meanOf } from './featureScaling';
import { leastSquaresSolution } from './leastSquaresSolution';
import { INTERCEPT_LABEL, type LinearWarning } from './linearTypes';
import { aliasedColumnWarnings, constantColumnWarnings } from './olsWarnings';
import type { SoftmaxProblem } from './softmaxObjective';

/** Penalty settings: 'none' matches statsmodels Logit/MNLogit, 'l2' sklearn's C. */
export interface LogisticSettings {
  readonly penalty: 'l2' | 'none';
  readonly C: number;
  /**
   * 'raw' (default) penalises raw coefficients as scikit-learn's LogisticRegression on X does;
   * 'standardised' penalises them per standard deviation (StandardScaler then LogisticRegression),
   * so the penalty does not depend on units: a spend in cents is not punished 10,000x harder.
   */
  readonly penaltyScale?: 'raw' | 'standardised';
}

/** Features to fit: drops constant columns, and for an unpenalised fit aliased ones too. */
export function keptFeatures(data: TrainingSet, scaling: FeatureScaling, penalised: boolean) {
  const varying = data.featureNames.map((_, j) => j).filter((j) => !scaling.constant[j]);
  const constantNames = data.featureNames.filter((_, j) => scaling.constant[j]);
  const warnings: LinearWarning[] = constantColumnWarnings(constantNames);
  if (penalised) return { kept: varying, warnings };
  const triangle = pivotedTriangle(
    designTriangle(data, scaling, varying, meanOf(data.y)),
    varying.length + 2,
    1,
  );
  const solution = leastSquaresSolution(triangle);
  const designNames = [INTERCEPT_LABEL, ...varying.map((j) => data.featureNames[j]!)];
  warnings.push(...aliasedColumnWarnings(triangle, solution, designNames));
  const kept = solution.keptColumns
    .filter((column) => column > 0)
    .map((column) => varying[column - 1]!);
  return { kept: kept.sort((a, b) => a - b), warnings };
}

/**
 * The softmax problem on standardised kept features. Binary and unpenalised models have one
 * predictor per class but the first (reference); penalised multinomial ones one per class.
 * The L2 weight 1 / (C s²) on a standardised coefficient is sklearn's 1 / C on the raw one;
 * with `penaltyScale: 'standardised'` it is 1 / C on the standardised coefficient itself.
 */
export function softmaxProblem(
  data: TrainingSet,
  scaling: FeatureScaling,
  kept: readonly number[],
  settings: LogisticSettings,
): SoftmaxProblem {
  const classCount = data.classes?.length ?? 0;
  const symmetric = settings.penalty === 'l2' && classCount > 2;
  const first = symmetric ? 0 : 1;
  const standardised = settings.penaltyScale === 'standardised';
  const penaltyOf = (column: number) => {
    if (settings.penalty !== 'l2') return 0;
    return standardised ? 1 / settings.C : 1 / (settings.C * scaling.scale[column]! ** 2);
  };
  return {
    data,
    kept: Int32Array.from(kept),
    centers: Float64Array.from(kept, (column) => scaling.center[column]!),
    inverseScales: Float64Array.from(kept, (column) => 1 / scaling.scale[column]!),
    classCount,
    logitClasses: Int32Array.from({ length: classCount - first }, (_, a) => a + first),
    penalty: Float64Array.from([0, ...kept.map(penaltyOf)]),
  };
}

/** Intercepts at the log class frequencies (the intercept-only optimum), slopes at 0. */
export function startingPoint(problem: SoftmaxProblem, counts: Float64Array): Float64Array {
  const q = problem.penalty.length;
  const logs = Array.from(counts, (count) => Math.log(count));
  const shift =
    problem.logitClasses.length === problem.classCount ? meanOf(Float64Array.from(logs)) : logs[0]!;
  const theta = new Float64Array(problem.logitClasses.length * q);
  problem.logitClasses.forEach((cls, a) => (theta[a * q] = logs[cls]! - shift));
  return theta;
}

/** The perfect-separation error, naming the feature with the largest standardised coefficient. */
export function separationError(
  problem: SoftmaxProblem,
  theta: Float64Array,
  featureNames: readonly string[],
): TrainError {
  const q = problem.penalty.length;
  let culprit = -1;
  let largest = 0;
  theta.forEach((value, index) => {
    if (index % q !== 0 && Math.abs(value) > largest)
      [largest, culprit] = [Math.abs(value), problem.kept[(index % q) - 1]!];
  });
  const column = featureNames[culprit];
  const hint = column === undefined ? '' : ` (most of all by '${column}')`;
  return {
    code: 'perfect-separation',
    message: `The classes are perfectly separated by the features${hint}, so unpenalised logistic regression has no finite coefficients. Choose the L2 penalty, or remove the feature that gives the answer away.`,
    ...(column === undefined ? {} : { column }),
  };
}
