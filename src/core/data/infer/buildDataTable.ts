import type { ImportWarning } from '../importTypes';
import type { Column, DataTable, RawTable } from '../table';
import { inferColumnWithUnparsed } from './inferColumn';

/** Types every column of a parsed table; stray values that became missing are reported per column. */
export function buildDataTable(
  name: string,
  raw: RawTable,
  decimalHint?: '.' | ',',
): { table: DataTable; warnings: ImportWarning[] } {
  const columns: Column[] = [];
  const warnings: ImportWarning[] = [];
  raw.columns.forEach((rawColumn, index) => {
    const header = raw.headers[index] ?? `column_${index + 1}`;
    const hint = raw.hints[index] ?? null;
    const typed = inferColumnWithUnparsed(header, rawColumn, hint, raw.rowCount, decimalHint);
    columns.push(typed.column);
    if (typed.unparsed > 0) {
      warnings.push({ code: 'unparsed-values', column: header, count: typed.unparsed });
    }
  });
  return { table: { name, rowCount: raw.rowCount, columns }, warnings };
}
