import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnView, expectedCustomers, tableView, utc } from './fixtures/tableView';
import { buildXlsx, rowXml } from './fixtures/xlsxBuilder';
import { readWorkbook, type WorkbookRead } from './readWorkbook';

const CAP = 64 * 1024 ** 2;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

function read(name: string, sheet?: string): WorkbookRead {
  const format = name.endsWith('.xls') ? 'xls' : 'xlsx';
  const result = readWorkbook(fixture(name), format, {
    maxInflatedBytes: CAP,
    ...(sheet ? { sheet } : {}),
  });
  if (!result.ok) throw new Error(`expected ${name} to read: ${JSON.stringify(result.error)}`);
  return result.value;
}

const column = columnView;
const day = utc;

describe('readWorkbook on .xlsx written by openpyxl', () => {
  it('skips an empty first sheet and a hidden sheet, and reads typed columns', () => {
    const customers = read('openpyxl-types.xlsx');
    expect(customers.sheets).toEqual(['Empty', 'Hidden notes', 'Customers', 'Numbers']);
    expect(customers.sheet).toBe('Customers');
    expect(customers.table.rowCount).toBe(4);
    expect(tableView(customers)).toEqual(expectedCustomers());
    expect(customers.table.headers).toEqual([...expectedCustomers().keys()]);
  });

  it('reports the renamed empty header and the skipped empty row', () => {
    expect(read('openpyxl-types.xlsx').warnings).toEqual([
      { code: 'renamed-headers', renames: [{ from: '', to: 'column_10' }] },
      { code: 'empty-lines', count: 1 },
    ]);
  });

  it('keeps __proto__ as an ordinary header without touching Object.prototype', () => {
    const customers = read('openpyxl-types.xlsx');
    expect(customers.table.headers).toContain('__proto__');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('reads a sheet chosen by name, hidden ones included', () => {
    const numbers = read('openpyxl-types.xlsx', 'Numbers');
    expect(numbers.sheet).toBe('Numbers');
    expect(numbers.table.headers).toEqual(['x', 'y']);
    expect(column(numbers, 'y').cells).toEqual([1, 4, 9, 16, 25]);
    const hidden = read('openpyxl-types.xlsx', 'Hidden notes');
    expect(column(hidden, 'secret').cells).toEqual(['a']);
  });

  it('fails with a plain reason for a sheet name that does not exist, and for an empty sheet', () => {
    const bytes = fixture('openpyxl-types.xlsx');
    expect(readWorkbook(bytes, 'xlsx', { maxInflatedBytes: CAP, sheet: 'Nope' })).toEqual({
      ok: false,
      error: { code: 'bad-workbook', detail: 'There is no sheet named "Nope".' },
    });
    expect(readWorkbook(bytes, 'xlsx', { maxInflatedBytes: CAP, sheet: 'Empty' })).toEqual({
      ok: false,
      error: { code: 'empty-file' },
    });
  });

  it('reads dates of a 1904 workbook', () => {
    const mac = read('openpyxl-1904.xlsx');
    expect(column(mac, 'when')).toEqual({
      kind: 'numbers',
      hint: 'date',
      cells: [day(2024, 3, 1), day(1904, 1, 2, 6)],
    });
  });
});

describe('readWorkbook on .xlsx written by LibreOffice', () => {
  it('reads the cached results of formulas: numbers, text, booleans, errors and dates', () => {
    const formulas = read('libreoffice-formulas.xlsx');
    expect(formulas.sheets).toEqual(['Formulas']);
    expect(column(formulas, 'double').cells).toEqual([4, 0, 10]);
    expect(column(formulas, 'greeting')).toEqual({
      kind: 'strings',
      hint: null,
      cells: ['apple!', 'pear!', '橙子!'],
    });
    expect(column(formulas, 'big')).toEqual({ kind: 'numbers', hint: 'boolean', cells: [1, 0, 1] });
    expect(column(formulas, 'ratio').cells).toEqual([0.5, null, 0.2]);
    expect(column(formulas, 'missing').cells).toEqual([null, null, null]);
    expect(column(formulas, 'when')).toEqual({
      kind: 'numbers',
      hint: 'date',
      cells: [day(2024, 1, 2), day(2024, 1, 3), day(2024, 1, 4)],
    });
  });
});

describe('readWorkbook on hand-written OOXML parts', () => {
  const handmade = () => read('handmade-parts.xlsx');

  it('follows relationships to a sheet not named sheetN.xml and leaves chart sheets out', () => {
    expect(handmade().sheets).toEqual(['R&D <2024>']);
    expect(handmade().sheet).toBe('R&D <2024>');
  });

  it('reads shared, inline, rich-text and formula strings with entities and escapes decoded', () => {
    const table = handmade();
    expect(table.table.headers).toEqual([
      'text',
      'inline & co',
      'from formula',
      '東京',
      '5',
      'rich inline',
      'Bold and plain',
      'padded',
    ]);
    expect(column(table, 'text').cells).toEqual([
      'A & B <c> 中文 "q" &unknown;',
      'line1\r\nline2 keep _x0041_',
      null,
    ]);
    expect(table.warnings).toEqual([
      { code: 'renamed-headers', renames: [{ from: '  padded  ', to: 'padded' }] },
    ]);
  });

  it('types cells: booleans, errors as empty, ISO dates, and dates only where the format shows one', () => {
    const table = handmade();
    expect(column(table, 'inline & co')).toEqual({
      kind: 'numbers',
      hint: 'boolean',
      cells: [1, 0, 1],
    });
    expect(column(table, 'from formula')).toEqual({
      kind: 'numbers',
      hint: null,
      cells: [null, null, null],
    });
    expect(column(table, '東京')).toEqual({ kind: 'numbers', hint: null, cells: [2024, -3, null] });
    expect(column(table, '5')).toEqual({
      kind: 'numbers',
      hint: 'date',
      cells: [day(1900, 1, 1, 12), day(1900, 2, 28), null],
    });
    expect(column(table, 'rich inline')).toEqual({
      kind: 'numbers',
      hint: 'date',
      cells: [day(2024, 3, 1), day(1900, 1, 1), null],
    });
    expect(column(table, 'Bold and plain').cells).toEqual([
      day(2024, 3, 1, 12),
      day(1999, 12, 31),
      null,
    ]);
    expect(column(table, 'padded')).toEqual({
      kind: 'numbers',
      hint: null,
      cells: [7, null, null],
    });
  });

  it('keeps number cells that hold no finite number ("Infinity", 1e309, "NaN") as text', () => {
    const rows = [
      rowXml(1, ['x']),
      ...['1', '1e309', 'Infinity', 'NaN', '-1e400'].map(
        (value, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${value}</v></c></row>`,
      ),
    ].join('');
    const result = readWorkbook(buildXlsx([{ name: 'S', rows }]), 'xlsx', {
      maxInflatedBytes: CAP,
    });
    if (!result.ok) throw new Error('the workbook should read');
    expect(column(result.value, 'x')).toEqual({
      kind: 'strings',
      hint: null,
      cells: ['1', '1e309', 'Infinity', 'NaN', '-1e400'],
    });
  });
});
