import { majorityBaseline, meanBaseline } from '../metrics/baseline';
import { classificationMetrics } from '../metrics/classificationSummary';
import { regressionMetrics } from '../metrics/regressionMetrics';
import type { Predictions, TrainingSet } from '../models/modelTypes';
import type { MetricSet } from './trainingTypes';

/** Metrics of `predictions` against the encoded targets of `data`. */
export function metricSet(data: TrainingSet, predictions: Predictions): MetricSet {
  if (data.classes === null) {
    const m = regressionMetrics(data.y, predictions.values);
    return { task: 'regression', rows: m.count, r2: m.r2, rmse: m.rmse, mae: m.mae, mape: m.mape };
  }
  const m = classificationMetrics(data.y, predictions, data.classes.length);
  return {
    task: 'classification',
    rows: m.count,
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1: m.f1,
    auc: m.rocAuc,
    logLoss: m.logLoss,
    confusion: m.confusion,
  };
}

/** The naive model's predictions for `rows` rows: training mean, or training class shares. */
export function baselinePredictions(train: TrainingSet, rows: number): Predictions {
  return train.classes === null
    ? meanBaseline(train.y, rows)
    : majorityBaseline(train.y, train.classes.length, rows);
}

/** Headline metrics summarised over cross-validation folds, per task. */
export const FOLD_METRICS: Readonly<Record<'regression' | 'classification', readonly string[]>> = {
  regression: ['r2', 'rmse', 'mae'],
  classification: ['accuracy', 'f1', 'auc'],
};

/** A headline metric of a set by name (see FOLD_METRICS), null when undefined. */
export function metricByName(set: MetricSet, name: string): number | null {
  if (set.task === 'regression') {
    if (name === 'r2') return set.r2;
    if (name === 'rmse') return set.rmse;
    if (name === 'mae') return set.mae;
    return null;
  }
  if (name === 'accuracy') return set.accuracy;
  if (name === 'f1') return set.f1;
  if (name === 'auc') return set.auc;
  return null;
}
