import { neutraliseFormula } from './csvCells';
import { exportRowCount, type ExportColumn } from './predictionsTypes';
import { writeXlsx, type XlsxCell, type XlsxColumn, type XlsxSheet } from './writeXlsx';

/** Excel's sheet holds 1,048,576 rows; one is the header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/** Cells of rows `from` to `to` of one column; text neutralised as in the CSV export. */
function cellsOf(column: ExportColumn, from: number, to: number): XlsxCell[] {
  const cells: XlsxCell[] = new Array<XlsxCell>(to - from);
  if (column.kind === 'number') {
    for (let i = from; i < to; i++) cells[i - from] = column.values[i] as number;
    return cells;
  }
  if (column.kind === 'date') {
    // Date cells become Excel serial days with a date format, so Excel sorts and filters them.
    for (let i = from; i < to; i++) {
      const ms = column.values[i] as number;
      cells[i - from] = Number.isNaN(ms) ? null : new Date(ms);
    }
    return cells;
  }
  const texts = column.levels.map(neutraliseFormula);
  for (let i = from; i < to; i++) {
    const code = column.codes[i] as number;
    cells[i - from] = code < 0 ? null : (texts[code] ?? null);
  }
  return cells;
}

/** Sheet `k` (0-based) is "predictions", then "predictions 2", "predictions 3"... */
const sheetName = (k: number) => (k === 0 ? 'predictions' : `predictions ${k + 1}`);

/**
 * The columns as an .xlsx workbook: numbers as number cells (NaN empty), dates as date cells
 * (serial days shown as yyyy-mm-dd, with the time when not midnight UTC), text as text cells.
 * Rows beyond one sheet's capacity continue on further sheets, each with the header row.
 */
export function predictionsXlsx(
  columns: readonly ExportColumn[],
  rowsPerSheet: number = XLSX_MAX_DATA_ROWS,
): Uint8Array<ArrayBuffer> {
  const rows = exportRowCount(columns);
  const sheets: XlsxSheet[] = [];
  for (let from = 0; from === 0 || from < rows; from += rowsPerSheet) {
    const to = Math.min(rows, from + rowsPerSheet);
    const sheetColumns: XlsxColumn[] = columns.map((column) => ({
      header: neutraliseFormula(column.header),
      cells: cellsOf(column, from, to),
    }));
    sheets.push({ name: sheetName(sheets.length), columns: sheetColumns });
  }
  // The zip is a fresh buffer (transferable to the page); fflate's type does not say so.
  return writeXlsx(sheets) as Uint8Array<ArrayBuffer>;
}
