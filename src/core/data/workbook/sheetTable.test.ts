import { describe, expect, it } from 'vitest';
import { cellsOf } from './fixtures/tableView';
import { MAX_COLUMNS, MAX_ROWS, SheetCells } from './sheetCells';
import { sheetToTable } from './sheetTable';

function tableOf(cells: SheetCells) {
  const result = sheetToTable(cells);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.table;
}

describe('sheetToTable', () => {
  it('takes the first filled row as headers and drops fully empty rows and columns', () => {
    const cells = new SheetCells();
    cells.setText(2, 1, 'name');
    cells.setNumber(2, 3, 2024);
    cells.setText(3, 1, 'Ann');
    cells.setNumber(6, 3, 7);
    const result = sheetToTable(cells);
    expect(result.ok && result.value.warnings).toEqual([{ code: 'empty-lines', count: 2 }]);
    const table = tableOf(cells);
    expect(table.headers).toEqual(['name', '2024']);
    expect(table.rowCount).toBe(2);
    expect(table.columns.map(cellsOf)).toEqual([
      ['Ann', null],
      [null, 7],
    ]);
  });

  it('stores numbers, dates and booleans as numbers, and mixed columns as text', () => {
    const cells = new SheetCells();
    ['n', 'd', 'b', 'mixed', 'dates and numbers'].forEach((h, c) => cells.setText(0, c, h));
    cells.setNumber(1, 0, 1.5);
    cells.setDate(1, 1, Date.UTC(2024, 0, 2));
    cells.setBoolean(1, 2, true);
    cells.setBoolean(1, 3, false);
    cells.setNumber(2, 3, 0.1 + 0.2);
    cells.setText(3, 3, 'x');
    cells.setDate(1, 4, Date.UTC(2024, 0, 2, 6));
    cells.setNumber(2, 4, 3);
    const table = tableOf(cells);
    expect(table.hints).toEqual([null, 'date', 'boolean', null, null]);
    expect(table.columns.map((c) => c.kind)).toEqual([
      'numbers',
      'numbers',
      'numbers',
      'strings',
      'strings',
    ]);
    expect(cellsOf(table.columns[3]!)).toEqual(['FALSE', '0.30000000000000004', 'x']);
    expect(cellsOf(table.columns[4]!)).toEqual(['2024-01-02T06:00:00', '3', null]);
  });

  it('fails for an empty sheet and for a header row alone', () => {
    expect(sheetToTable(new SheetCells())).toEqual({ ok: false, error: { code: 'empty-file' } });
    const headerOnly = new SheetCells();
    headerOnly.setText(0, 0, 'a');
    expect(sheetToTable(headerOnly)).toEqual({ ok: false, error: { code: 'header-only' } });
  });
});

describe('SheetCells memory', () => {
  it('reads a table placed at the bottom of the grid, rows arriving out of order', () => {
    const cells = new SheetCells();
    const top = MAX_ROWS - 3;
    for (let c = 0; c < 12; c += 1) {
      cells.setNumber(top + 2, c, c * 10);
      cells.setNumber(top + 1, c, c);
      cells.setText(top, c, `h${c}`);
    }
    const table = tableOf(cells);
    expect(table.headers[11]).toBe('h11');
    expect(cellsOf(table.columns[11]!)).toEqual([11, 110]);
  });

  it('refuses cells spread across the whole grid instead of allocating for every row', () => {
    const cells = new SheetCells();
    for (let c = 0; c < MAX_COLUMNS; c += 1) {
      cells.setNumber(0, c, 1);
      cells.setNumber(MAX_ROWS - 1, c, 2);
    }
    expect(cells.tooSparse).toBe(true);
    expect(sheetToTable(cells)).toEqual({
      ok: false,
      error: { code: 'bad-workbook', detail: 'The sheet is too sparse to read as a table.' },
    });
  });
});
