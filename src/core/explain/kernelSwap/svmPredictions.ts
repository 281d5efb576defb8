import type { Predictions } from '../../models/modelTypes';
import { coupleProbabilities } from '../../models/svm/pairwiseCoupling';
import { sigmoidProbability } from '../../models/svm/plattScaling';
import type { FittedSvm } from '../../models/svm/plugin';
import type { ClassPair, KernelSvmModel, PlattSigmoid } from '../../models/svm/svmTypes';

/** The uncalibrated map predictSvm uses without a Platt sigmoid: 1 / (1 + e^-decision). */
const DECISION_SIGMOID: PlattSigmoid = { a: -1, b: 0 };

/** The classes the pairs mention, in index order. */
function pairClasses(pairs: readonly ClassPair[]): number[] {
  return [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))].sort((a, b) => a - b);
}

/** Class by one-vs-one vote; ties go to the lowest class index, as libsvm (and predictSvm). */
function votedClass(
  pairs: readonly ClassPair[],
  decisions: Float64Array,
  row: number,
  votes: Float64Array,
) {
  votes.fill(0);
  const offset = row * pairs.length;
  pairs.forEach((pair, p) => {
    const winner = decisions[offset + p]! > 0 ? pair.first : pair.second;
    votes[winner] = votes[winner]! + 1;
  });
  let best = 0;
  for (let c = 1; c < votes.length; c++) if (votes[c]! > votes[best]!) best = c;
  return best;
}

/** Pairwise sigmoid probabilities, coupled over more than two classes, into `out` at `at`. */
function rowProbabilities(
  pairs: readonly ClassPair[],
  classes: readonly number[],
  decisions: Float64Array,
  row: number,
  out: Float64Array,
  at: number,
) {
  const k = classes.length;
  const slot = new Map(classes.map((c, index) => [c, index]));
  const pairwise = new Float64Array(k * k);
  pairs.forEach((pair, p) => {
    const first = sigmoidProbability(
      pair.sigmoid ?? DECISION_SIGMOID,
      decisions[row * pairs.length + p]!,
    );
    const i = slot.get(pair.first)!;
    const j = slot.get(pair.second)!;
    pairwise[i * k + j] = first;
    pairwise[j * k + i] = 1 - first;
  });
  const coupled = k === 2 ? [pairwise[1]!, pairwise[k]!] : coupleProbabilities(pairwise, k);
  classes.forEach((c, index) => (out[at + c] = coupled[index]!));
}

/**
 * Kernel SVM predictions from its decision values (rows x machines), as predictFittedSvm maps
 * them: regression values back on the target scale; classes by vote with probabilities when asked.
 */
export function kernelPredictions(
  model: KernelSvmModel & Pick<FittedSvm, 'targetScale'>,
  decisions: Float64Array,
  probabilities: boolean,
): Predictions {
  if (model.task === 'regression') {
    const scale = model.targetScale;
    const values = scale ? decisions.map((value) => value * scale.std + scale.mean) : decisions;
    return { values, probabilities: null };
  }
  const { pairs, classCount } = model;
  const rows = decisions.length / Math.max(1, pairs.length);
  const values = new Float64Array(rows);
  const votes = new Float64Array(classCount);
  for (let r = 0; r < rows; r++) values[r] = votedClass(pairs, decisions, r, votes);
  if (!probabilities) return { values, probabilities: null };
  const classes = pairClasses(pairs);
  const out = new Float64Array(rows * classCount);
  for (let r = 0; r < rows; r++)
    rowProbabilities(pairs, classes, decisions, r, out, r * classCount);
  return { values, probabilities: out };
}
