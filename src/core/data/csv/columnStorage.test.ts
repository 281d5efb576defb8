import { describe, expect, it } from 'vitest';
import { parseCsvBytes, parseCsvChunks } from './csvTableBuilder';
import type { CsvParseOptions } from './csvTableBuilder';
import { rawTableRows } from './rawTableRows';

const COMMA: CsvParseOptions = { delimiter: ',', decimal: '.', hasHeader: true };

function table(text: string, options: CsvParseOptions = COMMA) {
  const result = parseCsvBytes(new TextEncoder().encode(text), options);
  if (!result.ok) throw new Error(`failed: ${JSON.stringify(result.error)}`);
  return result.value.table;
}

describe('column storage', () => {
  it('keeps leading-zero IDs as text but reads 0 and 0.5 as numbers', () => {
    const parsed = table('zip,x\n007,0\n00,0.5\n12,1\n');
    expect(parsed.columns.map((c) => c.kind)).toEqual(['strings', 'numbers']);
    expect(rawTableRows(parsed)).toEqual([
      ['007', 0],
      ['00', 0.5],
      ['12', 1],
    ]);
  });

  it('stores numbers without strings, NaN for empty cells and missing tokens', () => {
    const parsed = table('x\n1.5\n\nNA\n-\n?\n#N/A\n"NULL"\n""\n2\n'.replace('\n\n', '\n,\n'));
    const column = parsed.columns[0]!;
    if (column.kind !== 'numbers') throw new Error('expected numbers');
    expect(Array.from(column.values)).toEqual([1.5, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 2]);
  });

  it('switches a column to text midway and keeps the earlier values', () => {
    const parsed = table('x\n1\n2.5\n\nNA\nabc\n1\n\n-\n'.replace('2.5\n\n', '2.5\n""\n'));
    const column = parsed.columns[0]!;
    if (column.kind !== 'strings') throw new Error('expected strings');
    expect(rawTableRows(parsed).map((row) => row[0])).toEqual([
      '1',
      '2.5',
      null,
      null,
      'abc',
      '1',
      '-',
    ]);
    expect(column.dictionary).toEqual(['1', '2.5', 'abc', '-']);
  });

  it('reads decimal commas in semicolon files', () => {
    const parsed = table('a;b\n1,5;-0,25\n2;3\n', {
      delimiter: ';',
      decimal: ',',
      hasHeader: true,
    });
    expect(rawTableRows(parsed)).toEqual([
      [1.5, -0.25],
      [2, 3],
    ]);
  });

  it('reads tab- and pipe-separated files', () => {
    expect(rawTableRows(table('a\tb\n1\tx y\n', { ...COMMA, delimiter: '\t' }))).toEqual([
      [1, 'x y'],
    ]);
    expect(rawTableRows(table('a|b\n1|x,y\n', { ...COMMA, delimiter: '|' }))).toEqual([[1, 'x,y']]);
  });

  it('reads long numbers exactly, whole and in small chunks', () => {
    const texts = ['0.30000000000000004', '123456789012345678901', '-2.2250738585072014e-308'];
    const text = `x\n${[...texts, ...texts].join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) =>
      bytes.subarray(i * 3, i * 3 + 3),
    );
    for (const result of [parseCsvBytes(bytes, COMMA), parseCsvChunks(chunks, COMMA)]) {
      if (!result.ok) throw new Error('failed');
      const cells = rawTableRows(result.value.table).map((row) => row[0]);
      expect(cells).toEqual([...texts, ...texts].map(Number));
    }
  });

  it('keeps numbers too large for a double as text', () => {
    expect(rawTableRows(table('x\n1e400\n'))).toEqual([['1e400']]);
  });

  it('dictionary-encodes repeated text once per distinct value', () => {
    const parsed = table('c\nred\nblue\nred\nred\nblue\n');
    const column = parsed.columns[0]!;
    if (column.kind !== 'strings') throw new Error('expected strings');
    expect(column.dictionary).toEqual(['red', 'blue']);
    expect(Array.from(column.codes)).toEqual([0, 1, 0, 0, 1]);
  });

  it('gives the same table for a large file whole and in uneven chunks', () => {
    const lines = ['id,amount,name,city,note'];
    for (let i = 0; i < 20000; i++) {
      const note = i % 97 === 0 ? `"line\nbreak, ""quoted"""` : `n${i % 13}`;
      lines.push(`${i},${(i * 1.25).toFixed(2)},user${i},城市${i % 7},${note}`);
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const whole = parseCsvBytes(bytes, COMMA);
    const chunks: Uint8Array[] = [];
    for (let at = 0, size = 1; at < bytes.length; at += size, size = 1 + ((size * 7 + 3) % 5000)) {
      chunks.push(bytes.subarray(at, at + size));
    }
    expect(parseCsvChunks(chunks, COMMA)).toEqual(whole);
    if (!whole.ok) throw new Error('failed');
    const rows = rawTableRows(whole.value.table);
    expect(rows).toHaveLength(20000);
    expect(rows[19999]).toEqual([19999, 24998.75, 'user19999', '城市0', 'n5']);
    expect(rows[97]![4]).toBe('line\nbreak, "quoted"');
  });
});
