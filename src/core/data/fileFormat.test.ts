import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFileFormat } from './fileFormat';
import { importBytes } from './importBytes';
import { buildXlsx, rowXml } from './workbook/fixtures/xlsxBuilder';

const text = (value: string) => new TextEncoder().encode(value);
const CFB = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('detectFileFormat', () => {
  it('reads text as delimited text, whatever the spreadsheet extension says', () => {
    expect(detectFileFormat('data.csv', text('a,b'))).toEqual({ ok: true, value: 'csv' });
    expect(detectFileFormat('export.xls', text('a\tb'))).toEqual({ ok: true, value: 'csv' });
    expect(detectFileFormat('export.xlsx', text('a,b'))).toEqual({ ok: true, value: 'csv' });
  });

  it('reads a zip or compound file as a workbook even when it is named .csv or .txt', () => {
    expect(detectFileFormat('book.csv', text('PK\x03\x04'))).toEqual({ ok: true, value: 'xlsx' });
    expect(detectFileFormat('book.txt', CFB)).toEqual({ ok: true, value: 'xls' });
    expect(detectFileFormat('book.xls', text('PK\x03\x04'))).toEqual({ ok: true, value: 'xlsx' });
  });

  it('refuses extensions it does not read, naming them', () => {
    expect(detectFileFormat('report.pdf', text('%PDF'))).toEqual({
      ok: false,
      error: { code: 'unsupported-format', extension: 'pdf' },
    });
  });
});

describe('importBytes of a renamed workbook', () => {
  it('imports an .xlsx saved as .csv like the workbook it is', () => {
    const rows = [rowXml(1, ['region', 'spend']), rowXml(2, ['north', 1]), rowXml(3, ['south', 2])];
    const result = importBytes(buildXlsx([{ name: 'S', rows: rows.join('') }]), 'book.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.report.format).toBe('xlsx');
    expect(result.value.table.columns.map((c) => c.name)).toEqual(['region', 'spend']);
    expect(result.value.table.rowCount).toBe(2);
  });

  it('explains that a zip of something else named .csv is no readable workbook', () => {
    const zip = zipSync({ 'data.csv': strToU8('id,name\n1,Ann\n') });
    const result = importBytes(zip, 'archive.csv');
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('bad-workbook');
  });
});
