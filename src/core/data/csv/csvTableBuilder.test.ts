import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../importTypes';
import { parseCsvBytes, parseCsvChunks } from './csvTableBuilder';
import type { CsvParseOptions, CsvParseResult } from './csvTableBuilder';
import { rawTableRows } from './rawTableRows';
import type { RawCell } from './rawTableRows';

interface Expected {
  readonly hasHeader?: boolean;
  readonly headers: string[];
  readonly rows: RawCell[][];
}

const fixtures = join(import.meta.dirname, 'fixtures');

/** Deterministic chunk sizes so a failure can be replayed. */
function randomSplit(bytes: Uint8Array, seed: number, maxChunk: number): Uint8Array[] {
  let state = seed;
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const size = 1 + (state % maxChunk);
    chunks.push(bytes.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/** Parses whole, byte by byte and in random chunks; all must agree. */
function parseEveryWay(bytes: Uint8Array, options: CsvParseOptions): CsvParseResult {
  const whole = parseCsvBytes(bytes, options);
  const oneByte = parseCsvChunks(
    Array.from(bytes, (_, i) => bytes.slice(i, i + 1)),
    options,
  );
  expect(oneByte).toEqual(whole);
  for (let seed = 1; seed <= 5; seed++) {
    expect(parseCsvChunks(randomSplit(bytes, seed, 7), options)).toEqual(whole);
  }
  return whole;
}

function caseNames(folder: string): string[] {
  return readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => name.slice(0, -4));
}

describe.each(['csv-spectrum', 'rfc4180'])('%s cases', (folder) => {
  it.each(caseNames(folder))('parses %s the same whole and in any chunks', (name) => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, folder, `${name}.csv`)));
    const expected = JSON.parse(
      readFileSync(join(fixtures, folder, `${name}.json`), 'utf8'),
    ) as Expected;
    const hasHeader = expected.hasHeader ?? true;
    const result = parseEveryWay(bytes, { delimiter: ',', decimal: '.', hasHeader });
    if (!result.ok) throw new Error(`failed: ${JSON.stringify(result.error)}`);
    expect(result.value.table.headers).toEqual(expected.headers);
    expect(rawTableRows(result.value.table)).toEqual(expected.rows);
  });
});

const encode = (text: string) => new TextEncoder().encode(text);
const COMMA: CsvParseOptions = { delimiter: ',', decimal: '.', hasHeader: true };

/** Parses text every way and returns the table's headers, rows and warnings. */
function parsed(text: string, options: CsvParseOptions = COMMA) {
  const result = parseEveryWay(encode(text), options);
  if (!result.ok) throw new Error(`failed: ${JSON.stringify(result.error)}`);
  const { table, warnings } = result.value;
  return {
    headers: table.headers,
    kinds: table.columns.map((column) => column.kind),
    rows: rawTableRows(table),
    warnings,
  };
}

const failure = (text: string, options: CsvParseOptions = COMMA) => {
  const result = parseEveryWay(encode(text), options);
  return result.ok ? null : result.error;
};

const warning = (warnings: ImportWarning[], code: ImportWarning['code']) =>
  warnings.find((w) => w.code === code);

describe('CsvTableBuilder line endings and quoting', () => {
  it('accepts lone CR line endings', () => {
    const { rows } = parsed('a,b\r1,x\r2,"y\rz"\r3,w');
    expect(rows).toEqual([
      [1, 'x'],
      [2, 'y\rz'],
      [3, 'w'],
    ]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(parsed('a,b\n1,5"6\n').rows).toEqual([[1, '5"6']]);
  });

  it('keeps text after a closing quote', () => {
    expect(parsed('a,b\n1,"x"y\n').rows).toEqual([[1, 'xy']]);
  });

  it('gives a value one code however its quotes are written', () => {
    const text =
      'a,b\n1,"say ""hi"""\n2,"q"tail\n3,say "hi"\n4,qtail\n5,"\u5317""\u4eac"\n6,"say ""hi"""\n';
    const result = parseCsvBytes(encode(text), COMMA);
    if (!result.ok) throw new Error('failed');
    const note = result.value.table.columns[1];
    expect(note?.kind === 'strings' && note.dictionary).toEqual([
      'say "hi"',
      'qtail',
      '\u5317"\u4eac',
    ]);
    expect(note?.kind === 'strings' && Array.from(note.codes)).toEqual([0, 1, 0, 1, 2, 0]);
    expect(parsed(text).rows.length).toBe(6);
  });

  it('reads doubled quotes in a header, and turns a numeric column to text at one', () => {
    const { headers, kinds, rows } = parsed('"a ""x""",b\n1,2\n"3""4",5\n');
    expect(headers).toEqual(['a "x"', 'b']);
    expect(kinds).toEqual(['strings', 'numbers']);
    expect(rows).toEqual([
      ['1', 2],
      ['3"4', 5],
    ]);
  });

  it('keeps whitespace around text but reads padded numbers', () => {
    const { rows, kinds } = parsed('a,b\n 12 , x \n3,y\n');
    expect(kinds).toEqual(['numbers', 'strings']);
    expect(rows).toEqual([
      [12, ' x '],
      [3, 'y'],
    ]);
  });

  it('reads quoted numbers as numbers', () => {
    expect(parsed('a,b\n"1.5","-2"\n').rows).toEqual([[1.5, -2]]);
  });

  it('reads an empty last field after a final delimiter', () => {
    expect(parsed('a,b\n1,').rows).toEqual([[1, null]]);
  });

  it('fails on an unterminated quote, naming the line where it began', () => {
    expect(failure('a,b\n"x\ny",1\n2,"oops\n3,4\n')).toEqual({
      code: 'unterminated-quote',
      row: 4,
    });
  });

  it('resumes a quoted field whose line break arrives in the next chunk', () => {
    const chunks = ['a,b\n1,"x', '\ny"\n3,4\n', '5,"', '""q"""\r', '\n6,7'].map(encode);
    const result = parseCsvChunks(chunks, COMMA);
    if (!result.ok) throw new Error('failed');
    expect(rawTableRows(result.value.table)).toEqual([
      [1, 'x\ny'],
      [3, '4'],
      [5, '"q"'],
      [6, '7'],
    ]);
  });

  it('keeps multi-byte characters split across chunks whole', () => {
    const bytes = encode('名字,城市\n张伟,北京\n李娜,上海\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      const result = parseCsvChunks([bytes.slice(0, cut), bytes.slice(cut)], COMMA);
      if (!result.ok) throw new Error('failed');
      expect(result.value.table.headers).toEqual(['名字', '城市']);
      expect(rawTableRows(result.value.table)).toEqual([
        ['张伟', '北京'],
        ['李娜', '上海'],
      ]);
    }
  });
});

describe('CsvTableBuilder headers', () => {
  it('renames duplicate and empty headers and says so', () => {
    const { headers, warnings } = parsed('x,,x\n1,2,3\n');
    expect(headers).toEqual(['x', 'column_2', 'x_2']);
    expect(warning(warnings, 'renamed-headers')).toEqual({
      code: 'renamed-headers',
      renames: [
        { from: '', to: 'column_2' },
        { from: 'x', to: 'x_2' },
      ],
    });
  });

  it('keeps prototype-named headers as ordinary columns', () => {
    const { headers, rows } = parsed('__proto__,constructor,toString\n1,2,3\n');
    expect(headers).toEqual(['__proto__', 'constructor', 'toString']);
    expect(rows).toEqual([[1, 2, 3]]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('1');
    expect(typeof Object.prototype.toString).toBe('function');
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('names the columns of a headerless file and says so', () => {
    const { headers, rows, warnings } = parsed('1,2\n3,4\n', { ...COMMA, hasHeader: false });
    expect(headers).toEqual(['column_1', 'column_2']);
    expect(rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(warning(warnings, 'no-header')).toEqual({ code: 'no-header', columns: 2 });
  });
});

describe('CsvTableBuilder empty and uneven input', () => {
  it.each(['', '\n\n', '  \r\n \n', '\r\r\n'])('calls %j an empty file', (text) => {
    expect(failure(text)).toEqual({ code: 'empty-file' });
    expect(failure(text, { ...COMMA, hasHeader: false })).toEqual({ code: 'empty-file' });
  });

  it.each(['a,b\n', 'a,b', 'a,b\r\n\r\n  \n'])('calls %j header only', (text) => {
    expect(failure(text)).toEqual({ code: 'header-only' });
  });

  it('skips empty lines and counts them', () => {
    const { rows, warnings } = parsed('\na,b\n1,2\n\n   \n3,4\n\n');
    expect(rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(warning(warnings, 'empty-lines')).toEqual({ code: 'empty-lines', count: 4 });
  });

  it('drops extra fields and leaves missing ones empty, never shifting columns', () => {
    const { rows, warnings } = parsed('a,b,c\n1,2,3\n"x\ny",5\n6,7,8,9\n10,11,12\n');
    expect(rows).toEqual([
      ['1', 2, 3],
      ['x\ny', 5, null],
      ['6', 7, 8],
      ['10', 11, 12],
    ]);
    expect(warning(warnings, 'ragged-rows')).toEqual({
      code: 'ragged-rows',
      rows: [3, 5],
      count: 2,
    });
  });

  it('numbers a ragged row by its own line when its first fields are plain numbers', () => {
    const { warnings } = parsed('id,name,x\n1,a\n2,b,3\n4,c\n');
    expect(warning(warnings, 'ragged-rows')).toEqual({
      code: 'ragged-rows',
      rows: [2, 4],
      count: 2,
    });
  });

  it('lists the first 20 ragged rows and counts them all', () => {
    const lines = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? `${i}` : `${i},${i}`));
    const { warnings } = parsed(`a,b\n${lines.join('\n')}\n`);
    expect(warning(warnings, 'ragged-rows')).toEqual({
      code: 'ragged-rows',
      rows: Array.from({ length: 20 }, (_, k) => 2 + 2 * k),
      count: 30,
    });
  });
});
