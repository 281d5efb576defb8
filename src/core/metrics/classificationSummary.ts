import type { Predictions } from '../models/modelTypes';
import { accuracy, confusionMatrix, precisionRecallF1 } from './classificationMetrics';
import { logLoss } from './logLoss';
import { rocAuc } from './rocAuc';

export interface ClassificationMetrics {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly averaging: 'binary' | 'macro';
  /** Null without probabilities, or when no class has both positive and negative rows. */
  readonly rocAuc: number | null;
  readonly logLoss: number | null;
  readonly confusion: number[][];
  readonly count: number;
}

/** All classification metrics for class indices `actual` and a model's predictions. */
export function classificationMetrics(
  actual: ArrayLike<number>,
  predictions: Predictions,
  classCount: number,
): ClassificationMetrics {
  const { values, probabilities } = predictions;
  const scores = precisionRecallF1(actual, values, classCount);
  return {
    accuracy: accuracy(actual, values),
    ...scores,
    rocAuc: probabilities === null ? null : rocAuc(actual, probabilities, classCount),
    logLoss: probabilities === null ? null : logLoss(actual, probabilities, classCount),
    confusion: confusionMatrix(actual, values, classCount),
    count: actual.length,
  };
}
