import type { TaskType } from '../models/modelTypes';
import type { MetricSet, SplitMetrics } from '../training/trainingTypes';
import { arrayOf, field, finite, integer, nullable, numbers, object, type Read } from './jsonShape';

/** JSON writes NaN (e.g. R² of a constant target) as null; read it back as NaN. */
const numberOrNaN: Read<number> = (value, path) =>
  value === null ? Number.NaN : finite(value, path);

function metricSet(task: TaskType): Read<MetricSet> {
  return (value, path) => {
    const o = object(value, path);
    const rows = field(o, 'rows', path, integer(0));
    const metric = (key: string) => field(o, key, path, numberOrNaN);
    const optional = (key: string) => field(o, key, path, nullable(finite));
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
      confusion: field(o, 'confusion', path, arrayOf(numbers())),
    };
  };
}

/** Train, validation and test metrics of the file's task, rebuilt from parsed JSON. */
export function readSplitMetrics(task: TaskType): Read<SplitMetrics> {
  return (value, path) => {
    const o = object(value, path);
    const set = metricSet(task);
    return {
      train: field(o, 'train', path, set),
      validation: field(o, 'validation', path, nullable(set)),
      test: field(o, 'test', path, nullable(set)),
    };
  };
}
