import type { Matrix } from '../modelTypes';
import { svmDecisionValues, type DecisionValues } from './decisionValues';
import type { KernelSvmModel, LinearSvmModel, SvmModel } from './svmTypes';

/**
 * One-vs-one decisions turned into per-class scores: votes plus the summed confidences squashed
 * into (-1/3, 1/3), so ties in votes are broken by margin and votes still dominate (the same
 * transform scikit-learn applies for decision_function_shape='ovr').
 */
function kernelClassScores(model: KernelSvmModel, decisions: DecisionValues, out: Float64Array) {
  const { classCount, pairs } = model;
  const rows = out.length / classCount;
  const votes = new Float64Array(classCount);
  const confidence = new Float64Array(classCount);
  const present = new Uint8Array(classCount);
  for (const pair of pairs) present[pair.first] = present[pair.second] = 1;
  for (let r = 0; r < rows; r++) {
    votes.fill(0);
    confidence.fill(0);
    pairs.forEach((pair, p) => {
      const decision = decisions.values[r * decisions.columns + p]!;
      const winner = decision > 0 ? pair.first : pair.second;
      votes[winner] = votes[winner]! + 1;
      confidence[pair.first] = confidence[pair.first]! + decision;
      confidence[pair.second] = confidence[pair.second]! - decision;
    });
    for (let c = 0; c < classCount; c++) {
      const squashed = confidence[c]! / (3 * (Math.abs(confidence[c]!) + 1));
      out[r * classCount + c] = present[c] === 1 ? votes[c]! + squashed : -Infinity;
    }
  }
}

function linearClassScores(model: LinearSvmModel, decisions: DecisionValues, out: Float64Array) {
  const { classCount } = model;
  const rows = out.length / classCount;
  for (let r = 0; r < rows; r++) {
    if (model.machines.length > 1) {
      out.set(decisions.values.subarray(r * classCount, (r + 1) * classCount), r * classCount);
      continue;
    }
    out.fill(-Infinity, r * classCount, (r + 1) * classCount);
    out[r * classCount + model.positiveClass] = decisions.values[r]!;
    out[r * classCount + model.negativeClass] = -decisions.values[r]!;
  }
}

/**
 * Scores for ROC curves, rows x classes (higher = more that class). With two classes they are
 * the raw decision value and its negative; with more, one-vs-one votes plus squashed margins
 * (kernel) or one-vs-rest decisions (linear). Classes absent from training score -Infinity.
 * Regression: one column, the predicted value.
 */
export function svmDecisionScores(model: SvmModel, data: Matrix): Float64Array {
  const decisions = svmDecisionValues(model, data);
  if (model.task === 'regression') return decisions.values;
  const out = new Float64Array(data.rows * model.classCount);
  if (model.solver !== 'smo') {
    linearClassScores(model, decisions, out);
  } else if (model.pairs.length === 1) {
    const pair = model.pairs[0]!;
    out.fill(-Infinity);
    for (let r = 0; r < data.rows; r++) {
      out[r * model.classCount + pair.first] = decisions.values[r]!;
      out[r * model.classCount + pair.second] = -decisions.values[r]!;
    }
  } else {
    kernelClassScores(model, decisions, out);
  }
  return out;
}
