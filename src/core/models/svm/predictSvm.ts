import type { Matrix, Predictions } from '../modelTypes';
import { svmDecisionValues, type DecisionValues } from './decisionValues';
import { coupleProbabilities } from './pairwiseCoupling';
import { sigmoidProbability } from './plattScaling';
import type { ClassPair, KernelSvmModel, LinearSvmModel, PlattSigmoid, SvmModel } from './svmTypes';

/** The uncalibrated map used when no Platt sigmoid was fitted: 1 / (1 + e^-decision). */
const DECISION_SIGMOID: PlattSigmoid = { a: -1, b: 0 };

/** Index of the largest entry; ties go to the lowest index, as libsvm's vote. */
function argMax(values: ArrayLike<number>, offset: number, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (values[offset + c]! > values[offset + best]!) best = c;
  return best;
}

/** The classes any pair mentions, in index order. */
function pairClasses(pairs: readonly ClassPair[]): number[] {
  return [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))].sort((a, b) => a - b);
}

/** One row's class probabilities from its pair decisions (coupled when over two classes). */
function rowProbabilities(
  pairs: readonly ClassPair[],
  classes: readonly number[],
  decisions: DecisionValues,
  row: number,
  out: Float64Array,
  outOffset: number,
): void {
  const k = classes.length;
  const slot = new Map(classes.map((c, index) => [c, index]));
  const pairwise = new Float64Array(k * k);
  pairs.forEach((pair, p) => {
    const first = sigmoidProbability(
      pair.sigmoid ?? DECISION_SIGMOID,
      decisions.values[row * decisions.columns + p]!,
    );
    const i = slot.get(pair.first)!;
    const j = slot.get(pair.second)!;
    pairwise[i * k + j] = first;
    pairwise[j * k + i] = 1 - first;
  });
  const coupled = k === 2 ? [pairwise[1]!, pairwise[k]!] : coupleProbabilities(pairwise, k);
  classes.forEach((c, index) => (out[outOffset + c] = coupled[index]!));
}

/**
 * A kernel classifier's predictions from its pair decisions (rows x pairs): the class by
 * one-vs-one vote and, unless `withProbabilities` is false, the coupled pair probabilities.
 */
export function predictKernelClasses(
  model: KernelSvmModel,
  decisions: DecisionValues,
  withProbabilities = true,
): Predictions {
  const { classCount, pairs } = model;
  const classes = pairClasses(pairs);
  const values = new Float64Array(decisions.values.length / Math.max(1, decisions.columns));
  const probabilities = withProbabilities ? new Float64Array(values.length * classCount) : null;
  const votes = new Float64Array(classCount);
  for (let r = 0; r < values.length; r++) {
    votes.fill(0);
    pairs.forEach((pair, p) => {
      const winner = decisions.values[r * decisions.columns + p]! > 0 ? pair.first : pair.second;
      votes[winner] = votes[winner]! + 1;
    });
    values[r] = argMax(votes, 0, classCount);
    if (probabilities !== null)
      rowProbabilities(pairs, classes, decisions, r, probabilities, r * classCount);
  }
  return { values, probabilities };
}

function predictLinearClasses(model: LinearSvmModel, decisions: DecisionValues): Predictions {
  const { classCount, machines } = model;
  const rows = decisions.values.length / decisions.columns;
  const values = new Float64Array(rows);
  const probabilities = new Float64Array(rows * classCount);
  for (let r = 0; r < rows; r++) {
    const offset = r * classCount;
    if (machines.length === 1) {
      const decision = decisions.values[r]!;
      const positive = sigmoidProbability(machines[0]!.sigmoid ?? DECISION_SIGMOID, decision);
      values[r] = decision > 0 ? model.positiveClass : model.negativeClass;
      probabilities[offset + model.positiveClass] = positive;
      probabilities[offset + model.negativeClass] = 1 - positive;
      continue;
    }
    values[r] = argMax(decisions.values, r * decisions.columns, decisions.columns);
    // One-vs-rest: each class's own sigmoid, normalised to sum to one.
    let total = 0;
    machines.forEach((machine, c) => {
      const decision = decisions.values[r * decisions.columns + c]!;
      const p = sigmoidProbability(machine.sigmoid ?? DECISION_SIGMOID, decision);
      probabilities[offset + c] = p;
      total += p;
    });
    for (let c = 0; c < classCount; c++)
      probabilities[offset + c] = probabilities[offset + c]! / total;
  }
  return { values, probabilities };
}

/**
 * Predictions of a fitted SVM. Classification: `values` = class index (majority vote of the
 * pairs for kernel models, like libsvm), `probabilities` = rows x classes as described by the
 * model's `probabilityKind`. Regression: `values` = predicted targets.
 */
export function predictSvm(model: SvmModel, data: Matrix): Predictions {
  const decisions = svmDecisionValues(model, data);
  if (model.task === 'regression') return { values: decisions.values, probabilities: null };
  return model.solver === 'smo'
    ? predictKernelClasses(model, decisions)
    : predictLinearClasses(model, decisions);
}
