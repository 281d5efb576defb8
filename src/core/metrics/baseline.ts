import type { Predictions } from '../models/modelTypes';

/** Regression baseline: every row predicted as the training mean. */
export function meanBaseline(trainTarget: ArrayLike<number>, rows: number): Predictions {
  let sum = 0;
  for (let i = 0; i < trainTarget.length; i++) sum += trainTarget[i] as number;
  return { values: new Float64Array(rows).fill(sum / trainTarget.length), probabilities: null };
}

/**
 * Classification baseline: every row predicted as the most frequent training class (ties: lowest
 * index), with the training class shares as probabilities (scikit-learn's DummyClassifier 'prior').
 */
export function majorityBaseline(
  trainTarget: ArrayLike<number>,
  classCount: number,
  rows: number,
): Predictions {
  const shares = new Float64Array(classCount);
  for (let i = 0; i < trainTarget.length; i++) {
    const index = trainTarget[i] as number;
    shares[index] = (shares[index] as number) + 1;
  }
  shares.forEach((count, index) => (shares[index] = count / trainTarget.length));
  let majority = 0;
  shares.forEach((share, index) => {
    if (share > (shares[majority] as number)) majority = index;
  });
  const probabilities = new Float64Array(rows * classCount);
  for (let row = 0; row < rows; row++) probabilities.set(shares, row * classCount);
  return { values: new Float64Array(rows).fill(majority), probabilities };
}
