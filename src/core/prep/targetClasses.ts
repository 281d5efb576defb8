import type { Column } from '../data/table';
import { fail, ok, type Result } from '../result';
import { DEFAULT_CLASS_LIMITS, type ClassLimits, type PrepError } from './prepTypes';

/** One class of a classification target: its label, its number (numeric/boolean targets), its rows. */
export interface TargetClass {
  readonly label: string;
  readonly value: number | null;
  readonly count: number;
}

/** Distinct non-missing classes of `column` over `rows` (all rows when null), in class order. */
export function countClasses(column: Column, rows: Int32Array | null): TargetClass[] {
  const n = rows === null ? columnLength(column) : rows.length;
  const rowAt = (i: number) => (rows === null ? i : (rows[i] as number));
  if (column.codes !== null && column.levels !== null) {
    const counts = codeCounts(column.codes, column.levels.length, rows);
    const classes = column.levels
      .map((label, code) => ({ label, value: null, count: counts[code] as number }))
      .filter((entry) => entry.count > 0);
    // Code-unit order, as scikit-learn sorts labels.
    return classes.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  const values = column.values ?? new Float64Array(0);
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const value = values[rowAt(i)] as number;
    if (!Number.isNaN(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => ({ label: valueLabel(column, value), value, count }));
}

/**
 * How many of `rows` (all when null) hold each code. All rows is a plain loop over the codes: it
 * runs on the page when a million-row table arrives (the default target's task inference).
 */
function codeCounts(codes: Int32Array, levels: number, rows: Int32Array | null): Float64Array {
  const counts = new Float64Array(levels);
  if (rows === null) {
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      if (code >= 0) counts[code] = (counts[code] as number) + 1;
    }
    return counts;
  }
  for (const row of rows) {
    const code = codes[row] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}

function columnLength(column: Column): number {
  return column.codes?.length ?? column.values?.length ?? 0;
}

function valueLabel(column: Column, value: number): string {
  if (column.type === 'boolean') return value === 0 ? 'false' : 'true';
  return String(value);
}

/** Moves `positiveClass` to index 1 of a two-class target (the positive class of the metrics). */
export function orderPositiveLast(
  classes: readonly TargetClass[],
  positiveClass: string | undefined,
): TargetClass[] {
  const [first, second] = classes;
  if (classes.length === 2 && first !== undefined && second !== undefined) {
    if (first.label === positiveClass) return [second, first];
  }
  return [...classes];
}

/** Refuses targets with no class, a single class, or so many classes that they look like IDs. */
export function checkClassCount(
  column: string,
  classes: readonly TargetClass[],
  limits: ClassLimits = DEFAULT_CLASS_LIMITS,
): Result<readonly TargetClass[], PrepError> {
  const [only] = classes;
  if (only === undefined) return fail({ code: 'empty-target', column });
  if (classes.length === 1) return fail({ code: 'single-class', column, className: only.label });
  const rows = classes.reduce((sum, entry) => sum + entry.count, 0);
  const shareLimit = Math.max(limits.minClassesForShare, Math.floor(limits.maxClassShare * rows));
  const limit = Math.min(limits.maxClasses, shareLimit);
  if (classes.length > limit) {
    return fail({ code: 'too-many-classes', column, classes: classes.length, rows, limit });
  }
  return ok(classes);
}

/**
 * Class index of every row in the order of `countClasses` over all rows (NaN where missing): the
 * labels to stratify a split by. Only labels are read, no statistic, so nothing leaks.
 */
export function classIndexPerRow(column: Column): Float64Array {
  const classes = countClasses(column, null);
  const n = columnLength(column);
  const indices = new Float64Array(n).fill(Number.NaN);
  if (column.codes !== null && column.levels !== null) {
    const indexOfLabel = new Map(classes.map((entry, index) => [entry.label, index]));
    const byCode = Float64Array.from(column.levels, (level) => indexOfLabel.get(level) ?? NaN);
    for (let row = 0; row < n; row++) {
      const code = column.codes[row] as number;
      if (code >= 0) indices[row] = byCode[code] as number;
    }
    return indices;
  }
  const indexOfValue = new Map(classes.map((entry, index) => [entry.value, index]));
  const values = column.values ?? new Float64Array(0);
  for (let row = 0; row < n; row++) indices[row] = indexOfValue.get(values[row] as number) ?? NaN;
  return indices;
}
