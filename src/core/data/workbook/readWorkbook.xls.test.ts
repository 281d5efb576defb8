import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bof,
  cellHeader,
  chars,
  compoundFile,
  eof,
  f64le,
  record,
  u16le,
  u32le,
  unicodeString,
  workbookStream,
  type BiffSheet,
} from './fixtures/biffBuilder';
import { columnView, expectedCustomers, tableView, utc } from './fixtures/tableView';
import { readWorkbook, type WorkbookRead } from './readWorkbook';

const CAP = 64 * 1024 ** 2;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

function readBytes(bytes: Uint8Array, sheet?: string) {
  return readWorkbook(bytes, 'xls', {
    maxInflatedBytes: CAP,
    ...(sheet === undefined ? {} : { sheet }),
  });
}

function read(bytes: Uint8Array, sheet?: string): WorkbookRead {
  const result = readBytes(bytes, sheet);
  if (!result.ok) throw new Error(`expected the workbook to read: ${JSON.stringify(result.error)}`);
  return result.value;
}

const xls = (globals: Parameters<typeof workbookStream>[0], sheets: BiffSheet[]) =>
  compoundFile(new Map([['Workbook', workbookStream(globals, sheets)]]));

const header = (names: string[]) =>
  names.map((name, column) => record(0x0204, [...cellHeader(0, column), ...unicodeString(name)]));

describe('readWorkbook on .xls converted by LibreOffice', () => {
  it('reads the same Customers sheet as the .xlsx it came from (MULRK, RK, LABELSST, boolean formulas)', () => {
    const customers = read(fixture('libreoffice-types.xls'));
    expect(customers.sheets).toEqual(['Empty', 'Hidden notes', 'Customers', 'Numbers']);
    expect(customers.sheet).toBe('Customers');
    expect(tableView(customers)).toEqual(expectedCustomers());
  });

  it('reads a sheet chosen by name', () => {
    const numbers = read(fixture('libreoffice-types.xls'), 'Numbers');
    expect(columnView(numbers, 'y').cells).toEqual([1, 4, 9, 16, 25]);
  });

  it('honours DATEMODE 1904', () => {
    expect(columnView(read(fixture('libreoffice-1904.xls')), 'when')).toEqual({
      kind: 'numbers',
      hint: 'date',
      cells: [utc(2024, 3, 1), utc(1904, 1, 2, 6)],
    });
  });

  it('reads cached formula results: numbers, STRING records, booleans, errors as empty', () => {
    const formulas = read(fixture('libreoffice-formulas.xls'));
    expect(columnView(formulas, 'double').cells).toEqual([4, 0, 10]);
    expect(columnView(formulas, 'greeting').cells).toEqual(['apple!', 'pear!', '橙子!']);
    expect(columnView(formulas, 'big')).toEqual({
      kind: 'numbers',
      hint: 'boolean',
      cells: [1, 0, 1],
    });
    expect(columnView(formulas, 'ratio').cells).toEqual([0.5, null, 0.2]);
    expect(columnView(formulas, 'missing').cells).toEqual([null, null, null]);
    expect(columnView(formulas, 'when').cells).toEqual([
      utc(2024, 1, 2),
      utc(2024, 1, 3),
      utc(2024, 1, 4),
    ]);
  });
});

describe('readWorkbook on .xls written by xlwt', () => {
  const data = () => read(fixture('xlwt-sst.xls'));

  it('reads 1200 rows of RK, NUMBER, BOOLERR and date cells', () => {
    const table = data();
    expect(table.sheets).toEqual(['Data', 'Other']);
    expect(table.table.rowCount).toBe(1200);
    const rows = columnView(table, 'row').cells;
    expect(rows[0]).toBe(1);
    expect(rows[1199]).toBe(1200);
    expect(columnView(table, 'amount').cells[2]).toBe(0.75);
    expect(columnView(table, 'when').cells[0]).toBe(utc(2020, 1, 2));
    expect(columnView(table, 'stamp').cells[23]).toBe(utc(2020, 1, 2, 12));
    const flags = columnView(table, 'flag');
    expect(flags.hint).toBe('boolean');
    expect(flags.cells.slice(0, 3)).toEqual([0, 0, 1]);
  });

  it('reads shared strings split across CONTINUE records, rich text included', () => {
    const table = data();
    expect(columnView(table, 'label').cells[999]).toBe('label 1000 é ');
    expect(columnView(table, 'label').cells[1000]).toBe('label 1001 é 丙');
    const long = columnView(table, 'long').cells;
    expect(long[0]).toBe('a'.repeat(9000) + '中文'.repeat(3000));
    expect(long[1]).toBe('rich bold');
  });
});

describe('readWorkbook on hand-built BIFF8 streams', () => {
  it('reads LABEL cells, skips an embedded chart substream, and keeps hidden sheets selectable', () => {
    const chart = [
      ...bof(0x0020),
      ...record(0x0203, [...cellHeader(5, 0), ...f64le(99)]),
      ...eof(),
    ];
    const bytes = xls(
      [],
      [
        {
          name: 'Secret',
          hidden: true,
          records: [...header(['a']), record(0x0203, [...cellHeader(1, 0), ...f64le(7)])],
        },
        {
          name: 'Main',
          records: [
            ...header(['name', 'n']),
            record(0x0204, [...cellHeader(1, 0), ...unicodeString('Zoë 中', true)]),
            record(0x0203, [...cellHeader(1, 1), ...f64le(2.5)]),
            chart,
          ],
        },
      ],
    );
    const main = read(bytes);
    expect(main.sheets).toEqual(['Secret', 'Main']);
    expect(main.sheet).toBe('Main');
    expect(main.table.rowCount).toBe(1);
    expect(columnView(main, 'name').cells).toEqual(['Zoë 中']);
    expect(columnView(main, 'n').cells).toEqual([2.5]);
    expect(columnView(read(bytes, 'Secret'), 'a').cells).toEqual([7]);
  });

  it('reads a SST string whose characters switch from 1-byte to 2-byte at a CONTINUE', () => {
    const richFlags = 0x08 | 0x04; // rich runs and phonetic data follow the text
    const sst = record(0x00fc, [
      ...u32le(2),
      ...u32le(2),
      ...u16le(5),
      richFlags,
      ...u16le(1),
      ...u32le(4),
      ...chars('abc', false),
    ]);
    const continued = record(0x003c, [
      1,
      ...chars('中文', true),
      0,
      0,
      1,
      0,
      9,
      9,
      9,
      9,
      ...u16le(2),
      0,
      ...chars('ok', false),
    ]);
    const cells = [0, 1].map((i) => record(0x00fd, [...cellHeader(i, 0), ...u32le(i)]));
    const table = read(xls([sst, continued], [{ name: 'S', records: cells }]));
    expect(table.table.headers).toEqual(['abc中文']);
    expect(columnView(table, 'abc中文').cells).toEqual(['ok']);
  });

  it('reads a formula string result from a STRING record continued in a CONTINUE record', () => {
    const formula = record(0x0006, [
      ...cellHeader(1, 0),
      0,
      0,
      0,
      0,
      0,
      0,
      0xff,
      0xff,
      ...u16le(0),
      ...u32le(0),
      ...u16le(0),
    ]);
    const string = record(0x0207, [...u16le(4), 0, ...chars('ab', false)]);
    const continued = record(0x003c, [1, ...chars('cd', true)]);
    const table = read(
      xls([], [{ name: 'F', records: [...header(['f']), formula, string, continued] }]),
    );
    expect(columnView(table, 'f').cells).toEqual(['abcd']);
  });

  it('refuses password-protected workbooks (FILEPASS, or an encrypted package) with a clear reason', () => {
    const filePass = xls([record(0x002f, [1, 0, 1, 0])], [{ name: 'S', records: header(['a']) }]);
    const encrypted = compoundFile(
      new Map([
        ['EncryptionInfo', new Uint8Array(16)],
        ['EncryptedPackage', new Uint8Array(64)],
      ]),
    );
    for (const bytes of [filePass, encrypted]) {
      const result = readBytes(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatchObject({
          code: 'bad-workbook',
          detail: expect.stringMatching(/password/),
        });
    }
  });

  it('refuses Excel 95 streams, other Office files, and cut-short streams', () => {
    const old = compoundFile(
      new Map([['Book', Uint8Array.from([...bof(0x0005, 0x0500), ...eof()])]]),
    );
    const word = compoundFile(new Map([['WordDocument', new Uint8Array(100)]]));
    const full = workbookStream([], [{ name: 'S', records: header(['a', 'b']) }]);
    const cut = compoundFile(new Map([['Workbook', full.subarray(0, full.length - 9)]]));
    const details = [old, word, cut].map((bytes) => {
      const result = readBytes(bytes);
      return result.ok
        ? 'read'
        : result.error.code === 'bad-workbook'
          ? result.error.detail
          : result.error.code;
    });
    expect(details[0]).toMatch(/Excel 95/);
    expect(details[1]).toMatch(/no workbook/);
    expect(details[2]).toMatch(/damaged/);
  });

  it('says so when a workbook has no worksheets, or its only sheet is header-only or empty', () => {
    expect(readBytes(xls([], []))).toEqual({ ok: false, error: { code: 'no-sheets' } });
    expect(readBytes(xls([], [{ name: 'H', records: header(['a']) }]))).toEqual({
      ok: false,
      error: { code: 'header-only' },
    });
    expect(readBytes(xls([], [{ name: 'E', records: [] }]))).toEqual({
      ok: false,
      error: { code: 'empty-file' },
    });
  });
});
