import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetters, safeSheetNames } from './cellRefs';
import { excelSerial } from './sheetXml';
import { writeXlsx, type XlsxSheet } from './writeXlsx';

function unzipText(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

function part(files: Map<string, string>, path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`missing part ${path}`);
  return text;
}

const tinySheet: XlsxSheet = {
  name: 'customers',
  columns: [
    { header: 'id', cells: ['C1', 'C2', 'C3'] },
    { header: 'spend', cells: [12.5, null, -3] },
    { header: 'signup', cells: [new Date('2024-01-01T00:00:00Z'), null, new Date('x')] },
    { header: 'member', cells: [true, false, null] },
  ],
};

describe('writeXlsx', () => {
  it('writes every part a spreadsheet package needs', () => {
    const files = unzipText(writeXlsx([tinySheet]));
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(part(files, 'xl/workbook.xml')).toContain(
      '<sheet name="customers" sheetId="1" r:id="rId1"/>',
    );
    expect(part(files, '[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(part(files, 'xl/styles.xml')).toContain(
      '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
    );
  });

  it('keeps numbers, booleans and dates typed and leaves missing cells empty', () => {
    const sheet = part(unzipText(writeXlsx([tinySheet])), 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<dimension ref="A1:D4"/>');
    expect(sheet).toContain('<c r="B2"><v>12.5</v></c>');
    expect(sheet).toContain('<c r="B4"><v>-3</v></c>');
    expect(sheet).toContain('<c r="C2" s="1"><v>45292</v></c>');
    expect(sheet).toContain('<c r="D2" t="b"><v>1</v></c><');
    expect(sheet).toContain('<c r="D3" t="b"><v>0</v></c>');
    expect(sheet).not.toMatch(/r="(B3|C3|C4|D4)"/);
    expect(sheet).toContain('<row r="1"><c r="A1" t="s" s="3"><v>0</v></c>');
  });

  it('stores each distinct string once in the shared string table', () => {
    const bytes = writeXlsx([
      { name: 's', columns: [{ header: 'c', cells: ['a', 'b', 'a', 'a'] }] },
    ]);
    const files = unzipText(bytes);
    const sst = part(files, 'xl/sharedStrings.xml');
    expect(sst).toContain('count="5" uniqueCount="3"');
    expect(sst).toContain('<si><t>c</t></si><si><t>a</t></si><si><t>b</t></si></sst>');
    expect(part(files, 'xl/worksheets/sheet1.xml')).toContain('<c r="A4" t="s"><v>1</v></c>');
  });

  it('escapes markup characters and never writes formulas', () => {
    const cells = ['<b>Tom & "Jerry"</b>', '=SUM(A1:A2)', ' padded ', 'bell\u0007'];
    const files = unzipText(writeXlsx([{ name: 'A&B', columns: [{ header: 'x<y', cells }] }]));
    const sst = part(files, 'xl/sharedStrings.xml');
    expect(sst).toContain('<t>x&lt;y</t>');
    expect(sst).toContain('<t>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</t>');
    expect(sst).toContain('<t>=SUM(A1:A2)</t>');
    expect(sst).toContain('<t xml:space="preserve"> padded </t>');
    expect(sst).toContain('<t>bell</t>');
    expect(part(files, 'xl/worksheets/sheet1.xml')).not.toContain('<f>');
    expect(part(files, 'xl/workbook.xml')).toContain('name="A&amp;B"');
  });

  it('gives times of day a date-time format and infinite numbers an empty cell', () => {
    const cells = [new Date('2024-01-01T12:00:00Z'), Number.POSITIVE_INFINITY, Number.NaN];
    const sheet = part(
      unzipText(writeXlsx([{ name: 's', columns: [{ header: 'c', cells }] }])),
      'xl/worksheets/sheet1.xml',
    );
    expect(sheet).toContain('<c r="A2" s="2"><v>45292.5</v></c>');
    expect(sheet).not.toMatch(/r="A[34]"/);
  });

  it('writes one worksheet per sheet with Excel-safe unique names', () => {
    const columns = [{ header: 'a', cells: [1] }];
    const files = unzipText(
      writeXlsx([
        { name: 'data', columns },
        { name: 'DATA', columns },
      ]),
    );
    expect(part(files, 'xl/workbook.xml')).toContain('name="DATA (2)" sheetId="2" r:id="rId2"');
    expect(files.has('xl/worksheets/sheet2.xml')).toBe(true);
    expect(part(files, 'xl/_rels/workbook.xml.rels')).toContain('Id="rId3"');
  });

  it('produces identical bytes for identical input', () => {
    expect(writeXlsx([tinySheet])).toEqual(writeXlsx([tinySheet]));
  });
});

describe('workbook helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
  });

  it('replaces forbidden sheet-name characters and cuts to 31 characters', () => {
    expect(safeSheetNames(['a/b:c', '', 'x'.repeat(40)])).toEqual([
      'a_b_c',
      'Sheet2',
      'x'.repeat(31),
    ]);
  });

  it('converts dates to Excel serial days and refuses those before March 1900', () => {
    expect(excelSerial(new Date('1970-01-01T00:00:00Z'))).toBe(25569);
    expect(excelSerial(new Date('1900-03-01T00:00:00Z'))).toBe(61);
    expect(excelSerial(new Date('1900-01-15T00:00:00Z'))).toBeNull();
  });
});
