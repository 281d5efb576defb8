import type { Column, DataTable } from '../data/table';
import { fail, ok, type Result } from '../result';
import type { PrepError } from './prepTypes';

/** Columns found by name, in the order asked; every missing name is reported at once. */
export function findColumns(
  table: DataTable,
  names: readonly string[],
): Result<Column[], PrepError> {
  const byName = new Map<string, Column | 'duplicate'>();
  for (const column of table.columns) {
    byName.set(column.name, byName.has(column.name) ? 'duplicate' : column);
  }
  const found: Column[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const column = byName.get(name);
    if (column === 'duplicate') return fail({ code: 'duplicate-column', column: name });
    if (column === undefined) missing.push(name);
    else found.push(column);
  }
  return missing.length > 0 ? fail({ code: 'missing-columns', columns: missing }) : ok(found);
}

/** The column's numbers (numeric, boolean, date), or a type-mismatch error. */
export function numbersOf(column: Column, expected: string): Result<Float64Array, PrepError> {
  if (column.values === null) {
    return fail({ code: 'type-mismatch', column: column.name, expected, found: column.type });
  }
  return ok(column.values);
}

/** The column's codes and levels (categorical, text, id), or a type-mismatch error. */
export function codesOf(
  column: Column,
): Result<{ codes: Int32Array; levels: readonly string[] }, PrepError> {
  if (column.codes === null || column.levels === null) {
    return fail({
      code: 'type-mismatch',
      column: column.name,
      expected: 'categorical',
      found: column.type,
    });
  }
  return ok({ codes: column.codes, levels: column.levels });
}

/** 0..n-1, for transforming every row of a table. */
export function allRows(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, row) => row);
}
