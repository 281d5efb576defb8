import type { Matrix } from '../modelTypes';
import { fitLinearSvc, type DcdFit, type DcdSettings } from './linearDcd';
import { fitLinearNewton } from './linearNewton';
import { linearDecision } from './linearRows';
import { fitLinearSvr } from './linearSvr';
import { fitSigmoid } from './plattScaling';
import { deriveSeed, seededRandom } from './seededShuffle';
import type { LinearMachine, LinearSvmModel } from './svmTypes';

export type LinearMethod = 'linear-dcd' | 'linear-newton';

export interface LinearTrainSettings extends Omit<DcdSettings, 'random' | 'onProgress'> {
  readonly method: LinearMethod;
  readonly epsilon: number;
  readonly probability: boolean;
  readonly seed: number;
}

type Report = (fraction: number) => void;

/** One fit of the chosen method: labels +-1 for classification, values for regression. */
function fitOne(
  data: Matrix,
  targets: Float64Array | Int8Array,
  regression: boolean,
  settings: LinearTrainSettings,
  seed: number,
  report: Report,
): DcdFit {
  if (settings.method === 'linear-newton') {
    const loss = regression
      ? ({ kind: 'squared-epsilon', epsilon: settings.epsilon } as const)
      : ({ kind: 'squared-hinge' } as const);
    const newton = { C: settings.C, tol: settings.tol, maxIterations: settings.maxPasses };
    return fitLinearNewton(data, targets, loss, { ...newton, onProgress: report });
  }
  const dcd = { ...settings, random: seededRandom(seed), onProgress: report };
  return regression
    ? fitLinearSvr(data, Float64Array.from(targets), settings.epsilon, dcd)
    : fitLinearSvc(data, Int8Array.from(targets), dcd);
}

/**
 * One machine from a fit. With `labels`, Platt's sigmoid is fitted on the training rows' own
 * decision values: a linear model has too few weights to overfit its margins much, and a
 * cross-validation would multiply the cost on the large sets these solvers are for.
 */
function toMachine(data: Matrix, fit: DcdFit, labels: Int8Array | null): LinearMachine {
  const weights = Array.from(fit.weights.subarray(0, data.cols));
  const bias = fit.weights[data.cols]!;
  if (labels === null) return { weights, bias, sigmoid: null };
  const decisions = new Float64Array(data.rows);
  for (let r = 0; r < data.rows; r++) decisions[r] = linearDecision(fit.weights, data, r);
  return { weights, bias, sigmoid: fitSigmoid(decisions, labels) };
}

/** The classes that have rows, in index order. */
function presentClasses(classIndex: Float64Array, classCount: number): number[] {
  const seen = new Uint8Array(classCount);
  for (let r = 0; r < classIndex.length; r++) seen[classIndex[r]!] = 1;
  return Array.from(seen.keys()).filter((c) => seen[c] === 1);
}

/**
 * Linear C-SVC: one machine when two classes have rows (positive decision = the higher class
 * index, as scikit-learn's LinearSVC), else one-vs-rest with a machine per class.
 */
export function trainLinearClassifier(
  data: Matrix,
  classIndex: Float64Array,
  classCount: number,
  settings: LinearTrainSettings,
  report: Report,
): LinearSvmModel {
  const present = presentClasses(classIndex, classCount);
  const binary = present.length === 2;
  const targets = binary ? [present[1]!] : Array.from({ length: classCount }, (_, c) => c);
  const fits = targets.map((target, k) => {
    const labels = Int8Array.from(classIndex, (c) => (c === target ? 1 : -1));
    const progress = (f: number) => report((k + f) / targets.length);
    const fit = fitOne(data, labels, false, settings, deriveSeed(settings.seed, k), progress);
    return { fit, machine: toMachine(data, fit, settings.probability ? labels : null) };
  });
  return {
    solver: settings.method,
    task: 'classification',
    cols: data.cols,
    machines: fits.map(({ machine }) => machine),
    classCount,
    positiveClass: binary ? present[1]! : -1,
    negativeClass: binary ? present[0]! : -1,
    probabilityKind: settings.probability ? 'platt' : 'decision-score',
    iterations: fits.reduce((sum, { fit }) => sum + fit.passes, 0),
    converged: fits.every(({ fit }) => fit.converged),
  };
}

/** Linear epsilon-SVR. */
export function trainLinearRegressor(
  data: Matrix,
  targets: Float64Array,
  settings: LinearTrainSettings,
  report: Report,
): LinearSvmModel {
  const fit = fitOne(data, targets, true, settings, settings.seed, report);
  return {
    solver: settings.method,
    task: 'regression',
    cols: data.cols,
    machines: [toMachine(data, fit, null)],
    classCount: 0,
    positiveClass: -1,
    negativeClass: -1,
    probabilityKind: 'none',
    iterations: fit.passes,
    converged: fit.converged,
  };
}
