import { codesColumn, valuesColumn } from '../../data/infer/column';
import type { Column, DataTable } from '../../data/table';

/** A numeric, boolean or date column for tests; null = missing. */
export function numberColumn(
  name: string,
  cells: readonly (number | null)[],
  type: 'numeric' | 'boolean' | 'date' = 'numeric',
): Column {
  const values = Float64Array.from(cells, (cell) => cell ?? Number.NaN);
  return valuesColumn(name, type, { kind: 'numbers', values }, values, {});
}

/** A categorical, text or id column for tests, dictionary-encoded in order of appearance; null = missing. */
export function levelColumn(
  name: string,
  cells: readonly (string | null)[],
  type: 'categorical' | 'text' | 'id' = 'categorical',
): Column {
  const levels: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(cells, (cell) => {
    if (cell === null) return -1;
    let code = codeOf.get(cell);
    if (code === undefined) {
      code = levels.length;
      codeOf.set(cell, code);
      levels.push(cell);
    }
    return code;
  });
  return codesColumn(name, type, { kind: 'strings', codes, dictionary: levels }, codes, levels, {});
}

/** A table of equally long columns. */
export function tableOf(columns: readonly Column[], name = 'test.csv'): DataTable {
  const first = columns[0];
  const rowCount = first === undefined ? 0 : (first.values?.length ?? first.codes?.length ?? 0);
  return { name, rowCount, columns };
}

/** Rows `from` (inclusive) to `to` (exclusive). */
export function rowRange(from: number, to: number): Int32Array {
  return Int32Array.from({ length: to - from }, (_, i) => from + i);
}
