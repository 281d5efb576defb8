import type { ModelKind, TaskType } from '../../core/models/modelTypes';
import type { MetricSet } from '../../core/training/trainingTypes';
import type { ModelRun } from '../../state/trainingSlice';
import {
  CLASSIFICATION_COLUMNS,
  headlineMetrics,
  REGRESSION_COLUMNS,
  type MetricColumn,
  type MetricSplit,
} from '../modeling/headlineMetrics';

/** One finished run in the comparison table. */
export interface ComparisonRow {
  readonly runId: number;
  readonly kind: ModelKind;
  readonly split: MetricSplit;
  readonly set: MetricSet;
}

/** Sort key: the model name, or a metric column's `attribute`. */
export type SortKey = 'model' | string;
export interface SortOrder {
  readonly key: SortKey;
  readonly descending: boolean;
}

/** Every done run with its headline (test, else validation) metrics. */
export function comparisonRows(runs: readonly ModelRun[]): ComparisonRow[] {
  return runs.flatMap((run) => {
    if (run.status !== 'done' || !run.outcome) return [];
    const { split, set } = headlineMetrics(run.outcome.metrics);
    return [{ runId: run.id, kind: run.kind, split, set }];
  });
}

/** The metric columns of a task; the first is the headline metric. */
export function columnsFor(task: TaskType): readonly MetricColumn[] {
  return task === 'regression' ? REGRESSION_COLUMNS : CLASSIFICATION_COLUMNS;
}

/** Rows in the given order; missing metric values always sort last. */
export function sortRows(
  rows: readonly ComparisonRow[],
  order: SortOrder,
  columns: readonly MetricColumn[],
  modelName: (kind: ModelKind) => string,
): ComparisonRow[] {
  const sign = order.descending ? -1 : 1;
  const column = columns.find((candidate) => candidate.attribute === order.key);
  if (!column) {
    return [...rows].sort((a, b) => sign * modelName(a.kind).localeCompare(modelName(b.kind)));
  }
  const valueOf = (row: ComparisonRow): number | null => {
    const value = column.read(row.set);
    return value === null || !Number.isFinite(value) ? null : value;
  };
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}

/** The natural first order of a column: best first (descending when higher is better). */
export function defaultOrder(column: MetricColumn): SortOrder {
  return { key: column.attribute, descending: column.higherIsBetter };
}
