import { checkPaired } from './checkLengths';

/** Scores of positive and of negative rows, each sorted ascending. */
function splitScores(isPositive: ArrayLike<number>, scores: ArrayLike<number>) {
  const n = checkPaired(isPositive, scores);
  let positives = 0;
  for (let i = 0; i < n; i++) if (isPositive[i] === 1) positives++;
  const positive = new Float64Array(positives);
  const negative = new Float64Array(n - positives);
  let p = 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    if (Number.isNaN(score)) throw new Error(`score of row ${i} is NaN`);
    if (isPositive[i] === 1) positive[p++] = score;
    else negative[q++] = score;
  }
  return { positive: positive.sort(), negative: negative.sort() };
}

/**
 * Area under the ROC curve for 0/1 labels: the chance that a random positive row scores above a
 * random negative one, ties counting half. Null when either class is absent.
 */
export function binaryRocAuc(
  isPositive: ArrayLike<number>,
  scores: ArrayLike<number>,
): number | null {
  const { positive, negative } = splitScores(isPositive, scores);
  if (positive.length === 0 || negative.length === 0) return null;
  let below = 0;
  let atOrBelow = 0;
  let wins = 0;
  for (const score of positive) {
    while (below < negative.length && (negative[below] as number) < score) below++;
    if (atOrBelow < below) atOrBelow = below;
    while (atOrBelow < negative.length && (negative[atOrBelow] as number) <= score) atOrBelow++;
    wins += below + (atOrBelow - below) / 2;
  }
  return wins / (positive.length * negative.length);
}

/** Column `index` of a row-major probability matrix with `classCount` columns. */
export function probabilityColumn(
  probabilities: Float64Array,
  classCount: number,
  index: number,
): Float64Array {
  const rows = probabilities.length / classCount;
  return Float64Array.from(
    { length: rows },
    (_, row) => probabilities[row * classCount + index] as number,
  );
}

/**
 * ROC AUC from class indices and row-major probabilities: binary uses class 1's probability;
 * multi-class is the macro mean of one-vs-rest AUCs over classes present in `actual`.
 */
export function rocAuc(
  actual: ArrayLike<number>,
  probabilities: Float64Array,
  classCount: number,
): number | null {
  if (probabilities.length !== actual.length * classCount) {
    throw new Error(
      `${probabilities.length} probabilities for ${actual.length} rows x ${classCount} classes`,
    );
  }
  const isClass = (index: number) =>
    Float64Array.from(actual, (value) => (value === index ? 1 : 0));
  if (classCount === 2) return binaryRocAuc(isClass(1), probabilityColumn(probabilities, 2, 1));
  const aucs: number[] = [];
  for (let index = 0; index < classCount; index++) {
    const auc = binaryRocAuc(isClass(index), probabilityColumn(probabilities, classCount, index));
    if (auc !== null) aucs.push(auc);
  }
  return aucs.length === 0 ? null : aucs.reduce((sum, auc) => sum + auc, 0) / aucs.length;
}

/** ROC curve points for charts, from the strictest threshold (Infinity: nothing positive) down. */
export interface RocCurve {
  readonly falsePositiveRate: number[];
  readonly truePositiveRate: number[];
  readonly thresholds: number[];
}

/** One point per distinct score, as scikit-learn's roc_curve with drop_intermediate=False. */
export function rocCurve(isPositive: ArrayLike<number>, scores: ArrayLike<number>): RocCurve {
  const { positive, negative } = splitScores(isPositive, scores);
  const curve: RocCurve = { falsePositiveRate: [0], truePositiveRate: [0], thresholds: [Infinity] };
  let p = positive.length - 1;
  let q = negative.length - 1;
  while (p >= 0 || q >= 0) {
    const threshold = Math.max(positive[p] ?? -Infinity, negative[q] ?? -Infinity);
    while (p >= 0 && positive[p] === threshold) p--;
    while (q >= 0 && negative[q] === threshold) q--;
    curve.thresholds.push(threshold);
    curve.truePositiveRate.push((positive.length - 1 - p) / Math.max(1, positive.length));
    curve.falsePositiveRate.push((negative.length - 1 - q) / Math.max(1, negative.length));
  }
  return curve;
}
