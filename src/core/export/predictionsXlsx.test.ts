import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rawTableRows } from '../data/csv/rawTableRows';
import { readWorkbook } from '../data/workbook/readWorkbook';
import type { ExportColumn } from './predictionsTypes';
import { predictionsXlsx } from './predictionsXlsx';

const columns: ExportColumn[] = [
  { header: 'row', kind: 'number', values: Float64Array.of(1, 2, 3, 4, 5) },
  { header: 'spend', kind: 'number', values: Float64Array.of(-3.5, Number.NaN, 0.1 + 0.2, 1e9, 0) },
  {
    header: '@note',
    kind: 'text',
    codes: Int32Array.of(0, 1, 2, -1, 3),
    levels: ['北京', '=HYPERLINK("http://evil.example","x")', '-7', 'plain'],
  },
];

function read(bytes: Uint8Array, sheet?: string) {
  const result = readWorkbook(bytes, 'xlsx', {
    maxInflatedBytes: 64 * 1024 ** 2,
    ...(sheet === undefined ? {} : { sheet }),
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('predictionsXlsx', () => {
  it('reads back through the project workbook reader: numbers as numbers, text neutralised', () => {
    const { table, sheets } = read(predictionsXlsx(columns));
    expect(sheets).toEqual(['predictions']);
    expect(table.headers).toEqual(['row', 'spend', "'@note"]);
    expect(table.columns.map((column) => column.kind)).toEqual(['numbers', 'numbers', 'strings']);
    expect(rawTableRows(table)).toEqual([
      [1, -3.5, '北京'],
      [2, null, `'=HYPERLINK("http://evil.example","x")`],
      [3, 0.30000000000000004, "'-7"],
      [4, 1e9, null],
      [5, 0, 'plain'],
    ]);
  });

  it('stores text as shared strings, never as formulas', () => {
    const files = unzipSync(predictionsXlsx(columns));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="C3" t="s">');
    expect(sheet).toContain('<c r="B2"><v>-3.5</v></c>');
  });

  it('writes dates as Excel dates the workbook reader reads back as the same dates', () => {
    const day = Date.UTC(2024, 4, 17);
    const values = Float64Array.of(day, Number.NaN, day + 9.5 * 3600_000, Date.UTC(1999, 11, 31));
    const withDates: ExportColumn[] = [
      { header: 'signup', kind: 'date', values },
      { header: 'note', kind: 'text', codes: Int32Array.of(0, 0, 0, 0), levels: ['=1+1'] },
    ];
    const bytes = predictionsXlsx(withDates);
    const { table } = read(bytes);
    expect(table.hints[0]).toBe('date');
    expect(rawTableRows(table)).toEqual([
      [day, "'=1+1"],
      [null, "'=1+1"],
      [day + 9.5 * 3600_000, "'=1+1"],
      [Date.UTC(1999, 11, 31), "'=1+1"],
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // 2024-05-17 is serial day 45429, styled with the yyyy-mm-dd number format of styles.xml.
    expect(sheet).toMatch(/<c r="A2" s="(\d+)"><v>45429<\/v><\/c>/);
    const style = Number(/<c r="A2" s="(\d+)">/.exec(sheet)?.[1]);
    const styles = strFromU8(files['xl/styles.xml']!);
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)"/g)].map((m) => m[1]);
    // cellXfs follow the single cellStyleXfs entry.
    const numFmtId = xfs[style + 1];
    expect(styles).toContain(`<numFmt numFmtId="${numFmtId}" formatCode="yyyy-mm-dd"/>`);
  });

  it('continues rows beyond one sheet on further sheets, each with the header', () => {
    const bytes = predictionsXlsx(columns, 2);
    const first = read(bytes);
    expect(first.sheets).toEqual(['predictions', 'predictions 2', 'predictions 3']);
    const rows = first.sheets.flatMap((name) => rawTableRows(read(bytes, name).table));
    expect(rows.map((row) => row[0])).toEqual([1, 2, 3, 4, 5]);
    expect(read(bytes, 'predictions 3').table.headers).toEqual(['row', 'spend', "'@note"]);
  });

  it('writes a header-only sheet when there are no rows', () => {
    const empty: ExportColumn[] = [{ header: 'row', kind: 'number', values: new Float64Array(0) }];
    const files = unzipSync(predictionsXlsx(empty));
    expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('<dimension ref="A1:A1"/>');
  });
});
