import type { Column } from '../data/table';

/** True when `column` has no value in `row`. */
export function isMissingAt(column: Column, row: number): boolean {
  if (column.codes !== null) return (column.codes[row] as number) < 0;
  return Number.isNaN(column.values?.[row] ?? Number.NaN);
}

/** The rows (order kept) where every one of `columns` has a value, and how many were dropped. */
export function rowsWithValues(
  rows: Int32Array,
  columns: readonly Column[],
): { kept: Int32Array; dropped: number } {
  if (columns.length === 0) return { kept: rows, dropped: 0 };
  const kept = new Int32Array(rows.length);
  let count = 0;
  for (const row of rows) {
    if (!columns.some((column) => isMissingAt(column, row))) kept[count++] = row;
  }
  return { kept: kept.subarray(0, count), dropped: rows.length - count };
}
