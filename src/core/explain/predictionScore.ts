import { r2Score } from '../metrics/regressionMetrics';
import type { Predictions, TaskType } from '../models/modelTypes';

/** The score permutation importance watches: R² for regression, accuracy for classification. */
export function predictionScore(task: TaskType, y: Float64Array, predictions: Predictions): number {
  if (task === 'regression') return r2Score(y, predictions.values);
  const predicted = predictions.values;
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (predicted[i] === y[i]) correct++;
  return correct / y.length;
}
