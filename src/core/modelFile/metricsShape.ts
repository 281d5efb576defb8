import type { TaskType } from '../models/modelTypes';
import type { MetricSet, SplitMetrics } from '../training/trainingTypes';
import { arrayOf, field, finite, integer, nullable, numbers, object, type Read } from './jsonShape';

/** How one metric value is read: JSON model files and binary project files encode them differently. */
export interface MetricNumbers {
  /** A metric every set has (R², accuracy, ...). */
  readonly metric: Read<number>;
  /** A metric that may be undefined for the rows (MAPE, AUC, log loss): null stays null. */
  readonly optional: Read<number>;
  /** One row of the confusion matrix. */
  readonly confusionRow: Read<readonly number[]>;
}

/** JSON writes NaN (e.g. R² of a constant target) as null; read it back as NaN. */
const numberOrNaN: Read<number> = (value, path) =>
  value === null ? Number.NaN : finite(value, path);

/** The model file's JSON numbers: NaN written as null, every other value finite. */
const JSON_METRIC_NUMBERS: MetricNumbers = {
  metric: numberOrNaN,
  optional: finite,
  confusionRow: numbers(),
};

function metricSet(task: TaskType, read: MetricNumbers): Read<MetricSet> {
  return (value, path) => {
    const o = object(value, path);
    const rows = field(o, 'rows', path, integer(0));
    const metric = (key: string) => field(o, key, path, read.metric);
    const optional = (key: string) => field(o, key, path, nullable(read.optional));
    if (task === 'regression') {
      return {
        task,
        rows,
        r2: metric('r2'),
        rmse: metric('rmse'),
        mae: metric('mae'),
        mape: optional('mape'),
      };
    }
    return {
      task,
      rows,
      accuracy: metric('accuracy'),
      precision: metric('precision'),
      recall: metric('recall'),
      f1: metric('f1'),
      auc: optional('auc'),
      logLoss: optional('logLoss'),
      confusion: field(o, 'confusion', path, arrayOf(read.confusionRow)),
    };
  };
}

/** Train, validation and test metrics of the file's task, rebuilt from parsed JSON. */
export function readSplitMetrics(
  task: TaskType,
  read: MetricNumbers = JSON_METRIC_NUMBERS,
): Read<SplitMetrics> {
  return (value, path) => {
    const o = object(value, path);
    const set = metricSet(task, read);
    return {
      train: field(o, 'train', path, set),
      validation: field(o, 'validation', path, nullable(set)),
      test: field(o, 'test', path, nullable(set)),
    };
  };
}
