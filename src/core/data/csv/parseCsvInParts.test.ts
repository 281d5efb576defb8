import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsvPartTask } from './csvPartTypes';
import { mergeParts } from './mergeParts';
import { parseCsvBytesInParts, parsePartInMemory } from './parseCsvInParts';
import { tasksForCuts } from './planCsvParts';
import { runPartsSync, scheduleParts } from './scheduleParts';
import { parseCsvBytes, type CsvParseOptions } from './csvTableBuilder';
import { rawTableRows } from './rawTableRows';

const COMMA: CsvParseOptions = { delimiter: ',', decimal: '.', hasHeader: true };
const encode = (text: string) => new TextEncoder().encode(text);
const fixtures = join(import.meta.dirname, 'fixtures');

/** Deterministic pseudo-random numbers in [0, 1), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomCuts(length: number, count: number, random: () => number): number[] {
  return Array.from({ length: count }, () => Math.floor(random() * length)).sort((a, b) => a - b);
}

/** The parse in parts cut at `cuts` must equal the whole-file parse, warnings and errors too. */
function expectSameAsWhole(bytes: Uint8Array, cuts: readonly number[], options = COMMA) {
  expect(parseCsvBytesInParts(bytes, options, cuts), `cuts ${cuts.join(',')}`).toEqual(
    parseCsvBytes(bytes, options),
  );
}

describe.each(['csv-spectrum', 'rfc4180'])('%s cases in parts', (folder) => {
  const names = readdirSync(join(fixtures, folder)).filter((name) => name.endsWith('.csv'));
  it.each(names)('parses %s the same with a cut at every byte and at every pair', (name) => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, folder, name)));
    const expected = JSON.parse(
      readFileSync(join(fixtures, folder, name.replace('.csv', '.json')), 'utf8'),
    ) as { hasHeader?: boolean };
    const options = { ...COMMA, hasHeader: expected.hasHeader ?? true };
    for (let a = 0; a <= bytes.length; a++) {
      expectSameAsWhole(bytes, [a], options);
      for (let b = a; b <= bytes.length; b += 3) expectSameAsWhole(bytes, [a, b], options);
    }
  });
});

/** A row of awkward cells: quotes, quoted line breaks, CRLF, padding, missing tokens, text. */
function awkwardRow(row: number, random: () => number): string {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  const cells = [
    String(row),
    pick(['1.50', '2', '-3e2', '', 'NA', ' 7 ', '007', '"4"']),
    pick(['x', '"a,b"', '"line\nbreak"', '"cr\r\nlf"', '"say ""hi"""', '5"6', '"q"tail']),
    row > 40 && random() < 0.05 ? 'late text' : pick(['0.25', '', '12']),
    pick(['', '', '-', '3']),
  ];
  const ragged = random();
  if (ragged < 0.05) cells.pop();
  if (ragged > 0.95) cells.push('extra');
  return cells.join(',');
}

function awkwardFile(rows: number, seed: number): string {
  const random = seeded(seed);
  const lines = ['id,amount,note,late,sparse'];
  for (let row = 1; row <= rows; row++) {
    lines.push(awkwardRow(row, random));
    if (random() < 0.04) lines.push(random() < 0.5 ? '' : '   ');
  }
  const breakAfter = (line: string) => (seed % 2 === 0 ? `${line}\n` : `${line}\r\n`);
  return lines.map(breakAfter).join('');
}

describe('parsing in parts gives the whole-file table', () => {
  it.each([1, 2, 3, 4, 5, 6])('on generated awkward files (seed %i)', (seed) => {
    const bytes = encode(awkwardFile(120, seed));
    const random = seeded(seed * 7919);
    for (let trial = 0; trial < 60; trial++) {
      expectSameAsWhole(bytes, randomCuts(bytes.length, 1 + (trial % 5), random));
    }
  });

  it('on files without a header and without a final line break', () => {
    const text = awkwardFile(80, 9).split('\n').slice(1).join('\n').trimEnd();
    const bytes = encode(text);
    const options = { ...COMMA, hasHeader: false };
    const random = seeded(17);
    for (let trial = 0; trial < 60; trial++) {
      expectSameAsWhole(bytes, randomCuts(bytes.length, 1 + (trial % 4), random), options);
    }
  });

  it('when a cut falls inside a quoted field, right at or after its line break', () => {
    const text = 'a,b\n1,x\n2,"first\nsecond\r\nthird"\n3,y\n4,"\n"\n5,z\n';
    const bytes = encode(text);
    const quotedBreaks = [text.indexOf('first\n') + 5, text.indexOf('second') + 7];
    for (const lineBreak of [...quotedBreaks, text.indexOf('4,"\n') + 3]) {
      for (const cut of [lineBreak - 1, lineBreak, lineBreak + 1]) {
        const parsed = parseCsvBytesInParts(bytes, COMMA, [cut]);
        if (!parsed.ok) throw new Error('failed');
        expect(rawTableRows(parsed.value.table)).toEqual([
          [1, 'x'],
          [2, 'first\nsecond\r\nthird'],
          [3, 'y'],
          [4, '\n'],
          [5, 'z'],
        ]);
        expectSameAsWhole(bytes, [cut]);
      }
    }
  });

  it('numbers ragged rows by their line in the file, across parts', () => {
    const bytes = encode('a,b\n1,2\n"x\ny",3,4\n5\n\n6,7\n8\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const parsed = parseCsvBytesInParts(bytes, COMMA, [cut, cut + 4]);
      if (!parsed.ok) throw new Error('failed');
      expect(parsed.value.warnings).toContainEqual({
        code: 'ragged-rows',
        rows: [3, 5, 8],
        count: 3,
      });
    }
  });

  it('names the line where an unterminated quote began, whatever part it is in', () => {
    const bytes = encode('a,b\n1,2\n"x\ny",3\n4,5\n6,"oops\n7,8\n9,10\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(parseCsvBytesInParts(bytes, COMMA, [cut])).toEqual({
        ok: false,
        error: { code: 'unterminated-quote', row: 6 },
      });
    }
  });

  it('turns a numeric column to text as a whole-file parse does, whichever part has text', () => {
    const bytes = encode('n,m\n1.50,1\n2,NA\n  \n,3\nabc,4\n1.50,x\n007,NA\n');
    for (let a = 0; a <= bytes.length; a++) {
      for (let b = a; b <= bytes.length; b++) expectSameAsWhole(bytes, [a, b]);
    }
    const parsed = parseCsvBytesInParts(bytes, COMMA, [14, 30]);
    if (!parsed.ok) throw new Error('failed');
    expect(rawTableRows(parsed.value.table)).toEqual([
      ['1.5', '1'],
      ['2', null],
      [null, '3'],
      ['abc', '4'],
      ['1.50', 'x'],
      ['007', 'NA'],
    ]);
  });

  it('parses no part again for a column it holds only empty cells of', () => {
    const text = 'id,note\n1,first\n2,\n3,""\n4,\n5,last\n';
    const bytes = encode(text);
    const dialect = { ...COMMA, columnCount: 2 };
    const tasks = tasksForCuts(dialect, 0, [text.indexOf('2,'), text.indexOf('5,')]);
    const ran: CsvPartTask[] = [];
    const parts = runPartsSync(scheduleParts(tasks), (batch) => {
      ran.push(...batch);
      return batch.map((task) => parsePartInMemory(bytes, task));
    });
    expect(ran).toHaveLength(3);
    expect(mergeParts(parts, true)).toEqual(parseCsvBytes(bytes, COMMA));
  });
});
