import { fail, ok, type Result } from '../../result';
import { normaliseHeaders } from '../headers';
import type { ImportError, ImportWarning } from '../importTypes';
import type { RawColumn, RawColumnHint, RawTable } from '../table';
import { msToIsoText } from './excelDates';
import { CellKind, type ColumnCells, type SheetCells } from './sheetCells';

export interface SheetTable {
  readonly table: RawTable;
  readonly warnings: ImportWarning[];
}

/** A sheet may be sparse, but not so sparse that its table dwarfs the cells it holds. */
const SPARSE_SLACK_CELLS = 1_000_000;
const SPARSE_FACTOR = 16;
const TOO_SPARSE = 'The sheet is too sparse to read as a table.';

/** A cell as the text a user would see: numbers as written by String(), dates as ISO. */
function cellText(cells: ColumnCells | undefined, row: number): string {
  if (cells === undefined) return '';
  switch (cells.kindAt(row)) {
    case CellKind.Number:
      return String(cells.valueAt(row));
    case CellKind.Date:
      return msToIsoText(cells.valueAt(row));
    case CellKind.Boolean:
      return cells.valueAt(row) === 1 ? 'TRUE' : 'FALSE';
    case CellKind.Text:
      return cells.textAt(row);
    default:
      return '';
  }
}

/** Which kinds a column holds in the given rows, as a bit set over CellKind values. */
function kindsIn(cells: ColumnCells, rows: Int32Array): number {
  let seen = 0;
  for (const row of rows) seen |= 1 << cells.kindAt(row);
  return seen & ~(1 << CellKind.Empty);
}

function numberColumn(cells: ColumnCells | undefined, rows: Int32Array): RawColumn {
  const values = new Float64Array(rows.length).fill(NaN);
  if (cells !== undefined) {
    rows.forEach((row, i) => {
      if (cells.kindAt(row) !== CellKind.Empty) values[i] = cells.valueAt(row);
    });
  }
  return { kind: 'numbers', values };
}

function stringColumn(cells: ColumnCells, rows: Int32Array): RawColumn {
  const codes = new Int32Array(rows.length).fill(-1);
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const text = cellText(cells, row);
    if (text === '') return;
    let code = codeOf.get(text);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(text);
      codeOf.set(text, code);
    }
    codes[i] = code;
  });
  return { kind: 'strings', codes, dictionary };
}

function buildColumn(cells: ColumnCells | undefined, rows: Int32Array): [RawColumn, RawColumnHint] {
  const kinds = cells === undefined ? 0 : kindsIn(cells, rows);
  if (cells === undefined || kinds === 0 || kinds === 1 << CellKind.Number) {
    return [numberColumn(cells, rows), null];
  }
  if (kinds === 1 << CellKind.Date) return [numberColumn(cells, rows), 'date'];
  if (kinds === 1 << CellKind.Boolean) return [numberColumn(cells, rows), 'boolean'];
  return [stringColumn(cells, rows), null];
}

function filledRows(cells: SheetCells): number[] {
  const rows: number[] = [];
  cells.rowFilled.forEach((filled, row) => {
    if (filled === 1) rows.push(row);
  });
  return rows;
}

/**
 * Turns a sheet's cells into a table: the first non-empty row holds the headers, fully empty rows
 * and columns are dropped (and empty rows counted), and each column gets its storage kind.
 */
export function sheetToTable(cells: SheetCells): Result<SheetTable, ImportError> {
  if (cells.tooSparse) return fail({ code: 'bad-workbook', detail: TOO_SPARSE });
  const rows = filledRows(cells);
  const headerRow = rows[0];
  if (headerRow === undefined) return fail({ code: 'empty-file' });
  const dataRows = Int32Array.from(rows.slice(1));
  if (dataRows.length === 0) return fail({ code: 'header-only' });
  const used: number[] = [];
  cells.columns.forEach((column, index) => {
    if (column !== undefined && column.filled > 0) used.push(index);
  });
  if (used.length * dataRows.length > SPARSE_FACTOR * cells.filledCells + SPARSE_SLACK_CELLS) {
    return fail({ code: 'bad-workbook', detail: TOO_SPARSE });
  }
  const { headers, renames } = normaliseHeaders(
    used.map((c) => cellText(cells.columns[c], headerRow)),
  );
  const columns: RawColumn[] = [];
  const hints: RawColumnHint[] = [];
  for (const index of used) {
    const [column, hint] = buildColumn(cells.columns[index], dataRows);
    columns.push(column);
    hints.push(hint);
  }
  const warnings: ImportWarning[] = [];
  if (renames.length > 0) warnings.push({ code: 'renamed-headers', renames });
  const lastRow = rows[rows.length - 1] ?? headerRow;
  const emptyRows = lastRow - headerRow + 1 - rows.length;
  if (emptyRows > 0) warnings.push({ code: 'empty-lines', count: emptyRows });
  return ok({ table: { headers, columns, hints, rowCount: dataRows.length }, warnings });
}
