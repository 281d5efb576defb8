import type { Column, RawColumn, RawColumnHint } from '../table';
import type { TypedColumn } from './column';
import { inferNumbers } from './inferNumbers';
import { inferStrings } from './inferStrings';

/** Types one column and counts stray values that became missing (for the 'unparsed-values' warning). */
export function inferColumnWithUnparsed(
  name: string,
  raw: RawColumn,
  hint: RawColumnHint,
  rowCount: number,
  decimalHint?: '.' | ',',
): TypedColumn {
  if (raw.kind === 'numbers') return inferNumbers(name, raw, hint, rowCount);
  return inferStrings(name, raw, hint, rowCount, decimalHint);
}

/** Types one column. decimalHint is the file-level decimal separator guessed by the CSV sniffer. */
export function inferColumn(
  name: string,
  raw: RawColumn,
  hint: RawColumnHint,
  rowCount: number,
  decimalHint?: '.' | ',',
): Column {
  return inferColumnWithUnparsed(name, raw, hint, rowCount, decimalHint).column;
}
