import { checkPaired } from './checkLengths';

/** Share of rows whose predicted class index equals the actual one. */
export function accuracy(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const n = checkPaired(actual, predicted);
  let right = 0;
  for (let i = 0; i < n; i++) if (actual[i] === predicted[i]) right++;
  return right / n;
}

/** counts[actual][predicted], as scikit-learn's confusion_matrix (rows: truth, columns: prediction). */
export function confusionMatrix(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
): number[][] {
  const n = checkPaired(actual, predicted);
  const counts = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < n; i++) {
    const row = counts[actual[i] as number];
    const column = predicted[i] as number;
    if (row === undefined || row[column] === undefined) {
      throw new Error(`class index out of range in row ${i}`);
    }
    row[column] += 1;
  }
  return counts;
}

export interface PrecisionRecallF1 {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Binary: of class index 1. Macro: unweighted mean over classes that occur in truth or prediction. */
  readonly averaging: 'binary' | 'macro';
}

/** Precision, recall and F1 of one class from a confusion matrix; 0 where undefined (scikit-learn's zero_division). */
function classScores(counts: number[][], index: number) {
  let truePositive = 0;
  let predictedPositive = 0;
  let actualPositive = 0;
  counts.forEach((row, actual) => {
    row.forEach((count, predicted) => {
      if (actual === index && predicted === index) truePositive += count;
      if (predicted === index) predictedPositive += count;
      if (actual === index) actualPositive += count;
    });
  });
  const precision = predictedPositive === 0 ? 0 : truePositive / predictedPositive;
  const recall = actualPositive === 0 ? 0 : truePositive / actualPositive;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, present: predictedPositive + actualPositive > 0 };
}

/** Binary (positive class = index 1) or macro-averaged precision, recall and F1. */
export function precisionRecallF1(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classCount: number,
): PrecisionRecallF1 {
  const counts = confusionMatrix(actual, predicted, classCount);
  if (classCount === 2) {
    const { precision, recall, f1 } = classScores(counts, 1);
    return { precision, recall, f1, averaging: 'binary' };
  }
  const present = counts.map((_, index) => classScores(counts, index)).filter((s) => s.present);
  const mean = (key: 'precision' | 'recall' | 'f1') =>
    present.reduce((sum, scores) => sum + scores[key], 0) / present.length;
  return {
    precision: mean('precision'),
    recall: mean('recall'),
    f1: mean('f1'),
    averaging: 'macro',
  };
}
