import type { Column } from '../data/table';
import { codesBy, numbersBy, type ExportColumn } from './predictionsTypes';

const BOOLEAN_TEXT = ['FALSE', 'TRUE'];

function numbersAt(values: Float64Array, rows: Int32Array): Float64Array {
  return numbersBy(rows.length, (i) => values[rows[i] as number] ?? Number.NaN);
}

function codesAt(codes: Int32Array, rows: Int32Array): Int32Array {
  return codesBy(rows.length, (i) => codes[rows[i] as number] ?? -1);
}

/** Booleans as the file wrote them ("yes", "是", "TRUE"); numbers read as booleans as TRUE/FALSE. */
function booleanText(column: Column, values: Float64Array, rows: Int32Array) {
  const { raw } = column;
  const present = (row: number) => !Number.isNaN(values[row] ?? Number.NaN);
  if (raw.kind === 'strings') {
    const codes = codesBy(rows.length, (i) => {
      const row = rows[i] as number;
      return present(row) ? (raw.codes[row] ?? -1) : -1;
    });
    return { codes, levels: raw.dictionary };
  }
  const codes = codesBy(rows.length, (i) => {
    const row = rows[i] as number;
    return present(row) ? (values[row] === 0 ? 0 : 1) : -1;
  });
  return { codes, levels: BOOLEAN_TEXT };
}

/**
 * A table column's cells at `rows`, as the user saw them: numbers and dates keep their type, the
 * rest is text.
 */
export function sourceColumn(column: Column, rows: Int32Array, header: string): ExportColumn {
  const { values, codes, levels } = column;
  if (values !== null && column.type === 'date') {
    return { header, kind: 'date', values: numbersAt(values, rows) };
  }
  if (values !== null && column.type === 'boolean') {
    return { header, kind: 'text', ...booleanText(column, values, rows) };
  }
  if (values !== null) return { header, kind: 'number', values: numbersAt(values, rows) };
  if (codes !== null && levels !== null) {
    return { header, kind: 'text', codes: codesAt(codes, rows), levels };
  }
  return { header, kind: 'text', codes: new Int32Array(rows.length).fill(-1), levels: [] };
}
