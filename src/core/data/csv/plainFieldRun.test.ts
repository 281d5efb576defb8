import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../importTypes';
import { parseCsvBytes, parseCsvChunks } from './csvTableBuilder';
import type { CsvParseOptions, CsvParseResult } from './csvTableBuilder';
import { rawTableRows } from './rawTableRows';

const COMMA: CsvParseOptions = { delimiter: ',', decimal: '.', hasHeader: true };

/** Parses whole, byte by byte and in chunks of 1 to 11 bytes; all must give the same result. */
function parseEveryWay(text: string, options = COMMA): CsvParseResult {
  const bytes = new TextEncoder().encode(text);
  const whole = parseCsvBytes(bytes, options);
  expect(
    parseCsvChunks(
      Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)),
      options,
    ),
  ).toEqual(whole);
  const chunks: Uint8Array[] = [];
  for (let at = 0, size = 1; at < bytes.length; at += size, size = 1 + ((size * 5 + 3) % 11)) {
    chunks.push(bytes.subarray(at, at + size));
  }
  expect(parseCsvChunks(chunks, options)).toEqual(whole);
  return whole;
}

function rowsAndWarnings(text: string, options = COMMA) {
  const result = parseEveryWay(text, options);
  if (!result.ok) throw new Error(`failed: ${JSON.stringify(result.error)}`);
  return { rows: rawTableRows(result.value.table), warnings: result.value.warnings };
}

const raggedRows = (warnings: readonly ImportWarning[]) =>
  warnings.find((warning) => warning.code === 'ragged-rows');

describe('plain fields, record after record', () => {
  it('reads numbers, empty numeric cells, unquoted and quoted text in one pass', () => {
    const { rows } = rowsAndWarnings('n,t,q,x\n1,red,"a, b",2.5\n,blue,"",-3\r\n4,,"c",\n');
    expect(rows).toEqual([
      [1, 'red', 'a, b', 2.5],
      [null, 'blue', null, -3],
      [4, null, 'c', null],
    ]);
  });

  it('leaves doubled quotes, text after a quote and missing tokens to the full parser', () => {
    const { rows } = rowsAndWarnings('t,x\n"say ""hi""",NA\n"a"b,1\nplain,2\n');
    expect(rows).toEqual([
      ['say "hi"', null],
      ['ab', 1],
      ['plain', 2],
    ]);
  });

  it('counts line breaks inside quotes, so later ragged rows keep their line numbers', () => {
    const text = 'id,note,x\n1,"two\nlines",3\n2,short\n3,"a\r\nb\rc",4\n4,also short\n5,e,6\n';
    const { rows, warnings } = rowsAndWarnings(text);
    expect(rows.map((row) => row[1])).toEqual([
      'two\nlines',
      'short',
      'a\r\nb\rc',
      'also short',
      'e',
    ]);
    expect(raggedRows(warnings)).toEqual({ code: 'ragged-rows', rows: [4, 8], count: 2 });
  });

  it('reports extra fields on a row of text and keeps the columns in place', () => {
    const { rows, warnings } = rowsAndWarnings('a,b\nx,y\nx,y,z\nu,v\n');
    expect(rows).toEqual([
      ['x', 'y'],
      ['x', 'y'],
      ['u', 'v'],
    ]);
    expect(raggedRows(warnings)).toEqual({ code: 'ragged-rows', rows: [3], count: 1 });
  });

  it('skips blank lines of a one-column file but keeps an empty quoted cell', () => {
    const { rows, warnings } = rowsAndWarnings('name\nann\n   \n""\nbob\n');
    expect(rows).toEqual([['ann'], [null], ['bob']]);
    expect(warnings.find((warning) => warning.code === 'empty-lines')).toEqual({
      code: 'empty-lines',
      count: 1,
    });
  });
});

describe('a column of mostly distinct values', () => {
  it('codes its values in order of first appearance, whatever path read each', () => {
    const lines = ['id,label'];
    const expected: string[] = [];
    for (let i = 0; i < 12000; i++) {
      // Mostly new labels, some repeated, and now and then one that the full parser reads.
      const label = i % 5 === 4 ? `L${i - 3}` : i % 101 === 0 ? `"q""${i}"` : `L${i}`;
      lines.push(`${i},${label}`);
      expected.push(i % 5 === 4 ? `L${i - 3}` : i % 101 === 0 ? `q"${i}` : `L${i}`);
    }
    const result = parseEveryWay(lines.join('\n'));
    if (!result.ok) throw new Error('failed');
    const column = result.value.table.columns[1]!;
    if (column.kind !== 'strings') throw new Error('expected text');
    expect(Array.from(column.codes, (code) => column.dictionary[code])).toEqual(expected);
    expect(column.dictionary).toEqual([...new Set(expected)]);
  });
});
