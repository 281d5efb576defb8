import type { Column, ColumnFormat, ColumnType, RawColumn } from '../table';

/** A typed column and how many non-missing cells did not fit its type (now missing). */
export interface TypedColumn {
  readonly column: Column;
  readonly unparsed: number;
}

function countNaN(values: Float64Array): number {
  let missing = 0;
  for (let row = 0; row < values.length; row++) if (Number.isNaN(values[row])) missing++;
  return missing;
}

function countNegative(codes: Int32Array): number {
  let missing = 0;
  for (let row = 0; row < codes.length; row++) if ((codes[row] as number) < 0) missing++;
  return missing;
}

/** A numeric, boolean or date column (NaN = missing); `missing` when the caller counted it already. */
export function valuesColumn(
  name: string,
  type: ColumnType,
  raw: RawColumn,
  values: Float64Array,
  format: ColumnFormat,
  missing = countNaN(values),
): Column {
  return {
    name,
    type,
    inferredType: type,
    raw,
    values,
    codes: null,
    levels: null,
    missing,
    format,
  };
}

/** A categorical, text or id column (-1 = missing); `missing` when the caller counted it already. */
export function codesColumn(
  name: string,
  type: ColumnType,
  raw: RawColumn,
  codes: Int32Array,
  levels: readonly string[],
  format: ColumnFormat,
  missing = countNegative(codes),
): Column {
  return {
    name,
    type,
    inferredType: type,
    raw,
    values: null,
    codes,
    levels,
    missing,
    format,
  };
}

/** The raw numbers at the table's length: shared when they fit (treat as read-only), else padded. */
export function numbersAtLength(values: Float64Array, rowCount: number): Float64Array {
  if (values.length === rowCount) return values;
  const sized = new Float64Array(rowCount).fill(NaN);
  sized.set(values.subarray(0, rowCount));
  return sized;
}

/** Codes and levels for numbers: one level per distinct value, labelled by `label`. */
export function codesFromNumbers(
  values: Float64Array,
  label: (value: number) => string,
): { codes: Int32Array; levels: string[] } {
  const levelOf = new Map<number, number>();
  const levels: string[] = [];
  const codes = new Int32Array(values.length).fill(-1);
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) continue;
    let level = levelOf.get(value);
    if (level === undefined) {
      level = levels.length;
      levelOf.set(value, level);
      levels.push(label(value));
    }
    codes[row] = level;
  }
  return { codes, levels };
}

/** The largest time a JavaScript Date holds, in ms from the epoch either way. */
const MAX_DATE_MS = 8.64e15;

/** A date as ISO text: the day alone at midnight UTC, else the full timestamp. */
export function isoDateLabel(ms: number): string {
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return String(ms);
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
