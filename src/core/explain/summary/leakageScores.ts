import type { Column, DataTable } from '../../data/table';
import { binaryRocAuc } from '../../metrics/rocAuc';
import type { TaskType } from '../../models/modelTypes';
import { adjustedEtaSquared, normalisedPurity, squaredCorrelation } from './leakageMeasures';
import type { LeakageScore } from './summaryTypes';

/** Paired rows fewer than this give no score. */
const MIN_PAIRED_ROWS = 3;

/** A column's cells on `rows`: its numbers, or its level codes; NaN = missing. */
function cellsOf(column: Column, rows: ArrayLike<number>): Float64Array {
  return Float64Array.from(rows, (row) => {
    if (column.codes !== null) return column.codes[row]! < 0 ? NaN : column.codes[row]!;
    const value = column.values?.[row] ?? NaN;
    return Number.isFinite(value) ? value : NaN;
  });
}

/** Renumbers class labels 0..k-1 in order of first appearance, in place; returns k. */
function renumberClasses(classes: Float64Array): number {
  const indexOf = new Map<number, number>();
  classes.forEach((label, i) => {
    if (!indexOf.has(label)) indexOf.set(label, indexOf.size);
    classes[i] = indexOf.get(label)!;
  });
  return indexOf.size;
}

function scoreOf(
  feature: Float64Array,
  target: Float64Array,
  categorical: boolean,
  task: TaskType,
) {
  if (task === 'regression') {
    return categorical ? adjustedEtaSquared(target, feature) : squaredCorrelation(feature, target);
  }
  const classes = renumberClasses(target);
  if (classes < 2) return 0;
  if (categorical) return normalisedPurity(feature, target, classes);
  if (classes > 2) return adjustedEtaSquared(feature, target);
  const auc = binaryRocAuc(target, feature) ?? 0.5;
  return Math.max(auc, 1 - auc);
}

/**
 * How well each feature column alone predicts the target on `rows` (the training rows), in
 * [0, 1]. Regression: squared correlation (numeric, boolean, date) or ε², the correlation ratio
 * adjusted for the level count (categorical). Binary classification: max(AUC, 1 − AUC)
 * (numbers) or class purity (categorical). Multi-class: ε² of the number across classes, or
 * class purity. Rows missing the feature or the target are left out; unknown columns, the
 * target itself and columns with under 3 paired rows get no score.
 */
export function leakageScores(
  table: DataTable,
  rows: ArrayLike<number>,
  target: string,
  task: TaskType,
  columns: readonly string[],
): LeakageScore[] {
  const targetColumn = table.columns.find((c) => c.name === target);
  if (targetColumn === undefined) return [];
  if (task === 'regression' && targetColumn.values === null) return [];
  const targets = cellsOf(targetColumn, rows);
  const scores: LeakageScore[] = [];
  for (const name of columns) {
    const column = table.columns.find((c) => c.name === name);
    if (column === undefined || name === target) continue;
    const cells = cellsOf(column, rows);
    const paired = [...cells.keys()].filter(
      (i) => !Number.isNaN(cells[i]!) && !Number.isNaN(targets[i]!),
    );
    if (paired.length < MIN_PAIRED_ROWS) continue;
    const feature = Float64Array.from(paired, (i) => cells[i]!);
    const y = Float64Array.from(paired, (i) => targets[i]!);
    scores.push({ column: name, score: scoreOf(feature, y, column.codes !== null, task) });
  }
  return scores;
}
