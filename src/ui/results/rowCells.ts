import type { DataTable } from '../../core/data/table';
import { formatCell } from '../dataset/formatCell';

export interface NamedCell {
  readonly column: string;
  readonly text: string;
}

/** The display text of a table row's cells in the named columns (at most `max`; unknown names skipped). */
export function rowCells(
  table: DataTable | null,
  row: number,
  columns: readonly string[],
  max: number,
  numberFormat: Intl.NumberFormat,
): NamedCell[] {
  if (!table || row < 0 || row >= table.rowCount) return [];
  const cells: NamedCell[] = [];
  for (const name of columns) {
    if (cells.length >= max) break;
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) continue;
    cells.push({ column: name, text: formatCell(column, row, numberFormat).text });
  }
  return cells;
}
