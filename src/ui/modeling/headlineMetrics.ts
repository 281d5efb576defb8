import type { MetricSet, SplitMetrics } from '../../core/training/trainingTypes';

export type MetricSplit = 'test' | 'validation' | 'train';

/** The metrics to headline: test rows, else validation rows, else (nothing held out) training rows. */
export function headlineMetrics(metrics: SplitMetrics): { split: MetricSplit; set: MetricSet } {
  if (metrics.test) return { split: 'test', set: metrics.test };
  if (metrics.validation) return { split: 'validation', set: metrics.validation };
  return { split: 'train', set: metrics.train };
}

export interface MetricColumn {
  readonly name: string;
  /** Attribute of `model-result` (ui-contract), e.g. `data-r2`. */
  readonly attribute: string;
  readonly higherIsBetter: boolean;
  readonly read: (set: MetricSet) => number | null;
}

export const REGRESSION_COLUMNS: readonly MetricColumn[] = [
  {
    name: 'R²',
    attribute: 'data-r2',
    higherIsBetter: true,
    read: (m) => (m.task === 'regression' ? m.r2 : null),
  },
  {
    name: 'RMSE',
    attribute: 'data-rmse',
    higherIsBetter: false,
    read: (m) => (m.task === 'regression' ? m.rmse : null),
  },
  {
    name: 'MAE',
    attribute: 'data-mae',
    higherIsBetter: false,
    read: (m) => (m.task === 'regression' ? m.mae : null),
  },
  {
    name: 'MAPE',
    attribute: 'data-mape',
    higherIsBetter: false,
    read: (m) => (m.task === 'regression' ? m.mape : null),
  },
];

export const CLASSIFICATION_COLUMNS: readonly MetricColumn[] = [
  {
    name: 'Accuracy',
    attribute: 'data-accuracy',
    higherIsBetter: true,
    read: (m) => (m.task === 'classification' ? m.accuracy : null),
  },
  {
    name: 'F1',
    attribute: 'data-f1',
    higherIsBetter: true,
    read: (m) => (m.task === 'classification' ? m.f1 : null),
  },
  {
    name: 'ROC AUC',
    attribute: 'data-auc',
    higherIsBetter: true,
    read: (m) => (m.task === 'classification' ? m.auc : null),
  },
  {
    name: 'Precision',
    attribute: 'data-precision',
    higherIsBetter: true,
    read: (m) => (m.task === 'classification' ? m.precision : null),
  },
  {
    name: 'Recall',
    attribute: 'data-recall',
    higherIsBetter: true,
    read: (m) => (m.task === 'classification' ? m.recall : null),
  },
  {
    name: 'Log loss',
    attribute: 'data-log-loss',
    higherIsBetter: false,
    read: (m) => (m.task === 'classification' ? m.logLoss : null),
  },
];

/** The best value of a column over the given metric sets (null when none has it). */
export function bestOf(column: MetricColumn, sets: readonly MetricSet[]): number | null {
  let best: number | null = null;
  for (const set of sets) {
    const value = column.read(set);
    if (value === null || !Number.isFinite(value)) continue;
    if (best === null || (column.higherIsBetter ? value > best : value < best)) best = value;
  }
  return best;
}

/** Metric values for display: 4 significant digits, never localised in attributes. */
export const formatMetric = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? '—' : Number(value.toPrecision(4)).toString();
