import { readFileSync } from 'node:fs';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnView } from './fixtures/tableView';
import { buildXlsx, rowXml, xlsxParts } from './fixtures/xlsxBuilder';
import { deflateBomb, writeRawZip, type RawZipEntry } from './fixtures/zipBomb';
import { readWorkbook } from './readWorkbook';
import { InflateBudget, readZipDirectory, readZipText } from './zipArchive';

const MiB = 1024 ** 2;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

/** A one-sheet workbook whose sheet part is replaced by `sheet` (raw DEFLATE) declaring `declaredSize`. */
function workbookWithSheet(sheet: Uint8Array, declaredSize: number): Uint8Array {
  const parts = xlsxParts([{ name: 'Bomb', rows: '' }]);
  const entries: RawZipEntry[] = Object.entries(parts).map(([name, data]) => {
    const raw = data as Uint8Array;
    if (name.endsWith('s1.xml')) return { name, method: 8, data: sheet, declaredSize };
    return { name, method: 8, data: deflateSync(raw), declaredSize: raw.length };
  });
  return writeRawZip(entries);
}

describe('readWorkbook zip-bomb cap', () => {
  it('stops inflating a part soon after the cap is passed, whatever the part expands to', () => {
    const bomb = writeRawZip([
      { name: 'big.xml', method: 8, data: deflateBomb(256 * MiB), declaredSize: 100 },
    ]);
    const directory = readZipDirectory(bomb);
    if (!directory.ok) throw new Error('directory should read');
    const entry = directory.value.get('big.xml');
    if (entry === undefined) throw new Error('entry should be listed');
    const budget = new InflateBudget(1 * MiB);
    expect(readZipText(bomb, entry, budget)).toEqual({
      ok: false,
      error: { code: 'zip-bomb', maxBytes: MiB },
    });
    expect(budget.used).toBeGreaterThan(MiB);
    expect(budget.used).toBeLessThan(3 * MiB);
  });

  it('refuses a sheet that inflates past the cap even when its headers declare a tiny size', () => {
    const lying = workbookWithSheet(deflateBomb(64 * MiB), 200);
    expect(readWorkbook(lying, 'xlsx', { maxInflatedBytes: 4 * MiB })).toEqual({
      ok: false,
      error: { code: 'zip-bomb', maxBytes: 4 * MiB },
    });
  });

  it('refuses a highly compressible sheet made with zipSync', () => {
    const rows = `<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(400_000);
    const bytes = buildXlsx([{ name: 'Big', rows }]);
    expect(bytes.length).toBeLessThan(MiB);
    expect(readWorkbook(bytes, 'xlsx', { maxInflatedBytes: 2 * MiB })).toEqual({
      ok: false,
      error: { code: 'zip-bomb', maxBytes: 2 * MiB },
    });
  });

  it('refuses a part whose directory declares more than the cap without inflating it', () => {
    const garbage = new Uint8Array(64).fill(0xff); // not valid DEFLATE: inflating it would fail
    const honest = writeRawZip([
      { name: 'big.xml', method: 8, data: garbage, declaredSize: 8 * MiB },
    ]);
    const directory = readZipDirectory(honest);
    if (!directory.ok) throw new Error('directory should read');
    const entry = directory.value.get('big.xml');
    if (entry === undefined) throw new Error('entry should be listed');
    expect(readZipText(honest, entry, new InflateBudget(4 * MiB))).toEqual({
      ok: false,
      error: { code: 'zip-bomb', maxBytes: 4 * MiB },
    });
  });

  it('reads the declared size of a zip64 part from its extra field', () => {
    const url = new URL('../../../../e2e/fixtures/zip-bomb.xlsx', import.meta.url);
    const bomb = new Uint8Array(readFileSync(url));
    const directory = readZipDirectory(bomb);
    if (!directory.ok) throw new Error('directory should read');
    const sheet = directory.value.get('xl/worksheets/sheet1.xml');
    expect(sheet?.declaredSize).toBeGreaterThan(512 * MiB);
    const budget = new InflateBudget(512 * MiB);
    expect(readWorkbook(bomb, 'xlsx', { maxInflatedBytes: 512 * MiB })).toEqual({
      ok: false,
      error: { code: 'zip-bomb', maxBytes: 512 * MiB },
    });
    expect(sheet && readZipText(bomb, sheet, budget).ok).toBe(false);
    expect(budget.used).toBe(sheet?.declaredSize); // refused from the directory, nothing inflated
  });

  it('sums the cap over every part read, not part by part', () => {
    const bytes = fixture('openpyxl-types.xlsx'); // its largest needed part, styles.xml, is 3428 bytes
    const read = (maxInflatedBytes: number) => readWorkbook(bytes, 'xlsx', { maxInflatedBytes });
    expect(read(3500)).toEqual({ ok: false, error: { code: 'zip-bomb', maxBytes: 3500 } });
    expect(read(64 * 1024).ok).toBe(true);
  });
});

describe('readWorkbook on damaged or foreign files', () => {
  const detailOf = (bytes: Uint8Array, format: 'xlsx' | 'xls' = 'xlsx'): string => {
    const result = readWorkbook(bytes, format, { maxInflatedBytes: 16 * MiB });
    if (result.ok) return 'read';
    return result.error.code === 'bad-workbook' ? result.error.detail : result.error.code;
  };

  it('says a CSV, a PNG or nothing at all is not a workbook', () => {
    expect(detailOf(strToU8('id,name\n1,Ann\n'))).toBe('The file is not a valid .xlsx workbook.');
    expect(detailOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), 'xls')).toBe(
      'The file is not a valid .xls workbook.',
    );
    expect(detailOf(new Uint8Array(0))).toBe('The file is not a valid .xlsx workbook.');
  });

  it('says a cut-short zip, a zip without a workbook, or an OpenDocument file cannot be read', () => {
    const whole = fixture('openpyxl-types.xlsx');
    expect(detailOf(whole.subarray(0, whole.length >> 1))).toMatch(/cut short|not a valid zip/);
    expect(detailOf(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toMatch(/no workbook part/);
    expect(detailOf(zipSync({ mimetype: strToU8('x'), 'content.xml': strToU8('<o/>') }))).toMatch(
      /OpenDocument/,
    );
  });

  it('never throws on corrupted bytes and fails with a known code', () => {
    const sources = [fixture('openpyxl-types.xlsx'), fixture('libreoffice-types.xls')];
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const codes = new Set<string>();
    for (let trial = 0; trial < 300; trial += 1) {
      const bytes = Uint8Array.from(sources[trial % 2] ?? []);
      for (let flips = 0; flips < 1 + (trial % 8); flips += 1) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      const result = readWorkbook(bytes, trial % 2 ? 'xls' : 'xlsx', { maxInflatedBytes: 4 * MiB });
      codes.add(result.ok ? 'ok' : result.error.code);
    }
    const known = ['ok', 'bad-workbook', 'zip-bomb', 'no-sheets', 'empty-file', 'header-only'];
    expect([...codes].filter((code) => !known.includes(code))).toEqual([]);
    expect(codes.has('bad-workbook')).toBe(true);
  });

  it('refuses a sheet so sparse that its table would dwarf its cells', () => {
    const cells = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 1}"><c r="${columnName(i)}${i + 1}"><v>1</v></c></row>`,
    );
    expect(detailOf(buildXlsx([{ name: 'Diagonal', rows: cells.join('') }]))).toMatch(/too sparse/);
  });
});

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

describe('readWorkbook keeps cell text as data', () => {
  it('reads __proto__ and constructor as sheet names, headers and values without touching prototypes', () => {
    const rows =
      rowXml(1, ['__proto__', 'constructor', 'toString']) +
      rowXml(2, ['__proto__', 'hasOwnProperty', 1]);
    const bytes = buildXlsx([{ name: '__proto__', rows }]);
    const result = readWorkbook(bytes, 'xlsx', { maxInflatedBytes: MiB, sheet: '__proto__' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.sheets).toEqual(['__proto__']);
    expect(result.value.table.headers).toEqual(['__proto__', 'constructor', 'toString']);
    expect(columnView(result.value, '__proto__').cells).toEqual(['__proto__']);
    expect(columnView(result.value, 'constructor').cells).toEqual(['hasOwnProperty']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(
      Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort(),
    );
    expect(({} as Record<string, unknown>)['hasOwnProperty']).toBe(Object.prototype.hasOwnProperty);
  });
});

describe('readWorkbook speed', () => {
  it('reads a 100,000-row, 8-column sheet with every column typed', () => {
    const strings = Array.from({ length: 500 }, (_, i) => `<si><t>City ${i}</t></si>`).join('');
    const rows: string[] = [rowXml(1, ['id', 'city', 'amount', 'flag', 'score', 'note', 'a', 'b'])];
    for (let r = 2; r <= 100_001; r += 1) {
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>${r % 500}</v></c>` +
          `<c r="C${r}"><v>${r * 1.25}</v></c><c r="D${r}" t="b"><v>${r % 2}</v></c>` +
          `<c r="E${r}"><v>${Math.sqrt(r)}</v></c><c r="F${r}" t="str"><v>note ${r % 50}</v></c>` +
          `<c r="G${r}"><v>${r % 7}</v></c><c r="H${r}"><v>${-r}</v></c></row>`,
      );
    }
    const bytes = buildXlsx([{ name: 'Big', rows: rows.join('') }], `<sst>${strings}</sst>`);
    const started = performance.now();
    const result = readWorkbook(bytes, 'xlsx', { maxInflatedBytes: 512 * MiB });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    console.info(
      `read 100,000 x 8 xlsx (${(bytes.length / MiB).toFixed(1)} MiB zipped) in ${elapsed.toFixed(0)} ms`,
    );
    expect(result.value.table.rowCount).toBe(100_000);
    expect(columnView(result.value, 'city').cells[99_999]).toBe('City 1');
    expect(columnView(result.value, 'flag').hint).toBe('boolean');
    expect(columnView(result.value, 'b').cells[0]).toBe(-2);
  }, 60_000);
});
