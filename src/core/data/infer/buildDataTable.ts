import type { ImportWarning } from '../importTypes';
import type { Column, DataTable, RawTable } from '../table';
import { columnOfDatesRead } from './datesRead';
import { inferColumnWithUnparsed } from './inferColumn';
import { truncateLongCells } from './truncateLongCells';

/**
 * Types every column of a parsed table; stray values that became missing are reported per column,
 * text cells past MAX_CELL_CHARS are cut and counted.
 */
export function buildDataTable(
  name: string,
  raw: RawTable,
  decimalHint?: '.' | ',',
): { table: DataTable; warnings: ImportWarning[] } {
  const columns: Column[] = [];
  const warnings: ImportWarning[] = [];
  let truncated = 0;
  raw.columns.forEach((untruncated, index) => {
    const header = raw.headers[index] ?? `column_${index + 1}`;
    const hint = raw.hints[index] ?? null;
    const dates = hint === null ? columnOfDatesRead(header, untruncated, raw.rowCount) : null;
    if (dates !== null) {
      columns.push(dates); // read from the column's bytes while parsing: no text to type again
      return;
    }
    const cut = truncateLongCells(untruncated);
    truncated += cut.truncated;
    const typed = inferColumnWithUnparsed(header, cut.column, hint, raw.rowCount, decimalHint);
    columns.push(typed.column);
    if (typed.unparsed > 0) {
      warnings.push({ code: 'unparsed-values', column: header, count: typed.unparsed });
    }
  });
  if (truncated > 0) warnings.push({ code: 'truncated-cells', count: truncated });
  return { table: { name, rowCount: raw.rowCount, columns }, warnings };
}
