import { describe, expect, it } from 'vitest';
import { buildDataTable } from '../infer/buildDataTable';
import { hasPendingDictionary } from '../lazyStrings';
import type { RawColumn, RawTable } from '../table';
import { parseCsvBytes, parseCsvChunks } from './csvTableBuilder';
import { ByteDictionary } from './byteDictionary';
import type { CsvPartColumn } from './csvPartTypes';
import { typeColumnParts } from './typeColumnParts';
import { typedColumnFromWire, typedColumnToWire } from './typedColumnWire';

const options = { delimiter: ',', decimal: '.', hasHeader: true } as const;
const encoder = new TextEncoder();

/** Distinct second-resolution times of 2024, in a shuffled order (a fixed generator). */
function times(count: number): string[] {
  const texts: string[] = [];
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const ms = Date.UTC(2024, 0, 1) + (state % 31_000_000) * 1000;
    texts.push(new Date(ms).toISOString().slice(0, 19).replace('T', ' '));
  }
  return texts;
}

/** A CSV of an id column and `cells` (empty string = empty cell). */
function csv(cells: readonly string[]): Uint8Array {
  const lines = ['id,shipped_at', ...cells.map((cell, row) => `${row + 1},${cell}`)];
  return encoder.encode(`${lines.join('\n')}\n`);
}

/** `column` with its dictionary as plain strings, typed as it was before dates were read. */
const asPlainStrings = (column: RawColumn): RawColumn =>
  column.kind === 'numbers' ? column : { ...column, dictionary: [...column.dictionary] };

function parsed(bytes: Uint8Array): RawTable {
  const result = parseCsvBytes(bytes, options);
  if (!result.ok) throw new Error('parse failed');
  return result.value.table;
}

/** Typing the table as parsed, and typing it with every dictionary read as strings first. */
function typedBothWays(table: RawTable) {
  const plain = { ...table, columns: table.columns.map(asPlainStrings) };
  return { read: buildDataTable('t', table, '.'), plain: buildDataTable('t', plain, '.') };
}

const distinctTimes = times(6000);
// Repeats (of the row before) and empty cells among 6,000 mostly distinct date-times.
const dateCells = distinctTimes.map((text, row) =>
  row % 97 === 0 ? '' : row % 89 === 0 ? distinctTimes[row - 1]! : text,
);

describe('a big column of ISO date-times', () => {
  it('is typed from dates read off its bytes, as typing its strings types it', () => {
    const table = parsed(csv(dateCells));
    expect(hasPendingDictionary(table.columns[1]!)).toBe(true);
    const typed = buildDataTable('t', table, '.');
    // Typing did not decode the texts: they stay bytes until read.
    expect(hasPendingDictionary(typed.table.columns[1]!.raw)).toBe(true);
    const { read, plain } = typedBothWays(table);
    expect(read.table.columns[1]!.type).toBe('date');
    expect(read.table.columns[1]!.missing).toBe(Math.ceil(6000 / 97));
    expect(read).toEqual(plain);
  });

  it('reads the same whole and in chunks of any size', () => {
    const bytes = csv(dateCells);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) =>
      bytes.slice(i * 1000, (i + 1) * 1000),
    );
    const inChunks = parseCsvChunks(chunks, options);
    if (!inChunks.ok) throw new Error('parse failed');
    expect(buildDataTable('t', inChunks.value.table, '.')).toEqual(
      buildDataTable('t', parsed(bytes), '.'),
    );
  });

  it('keeps its strings when one text is no ISO date-time, and is typed as before', () => {
    const cells = [...dateCells];
    cells[4321] = 'soon';
    const table = parsed(csv(cells));
    expect(hasPendingDictionary(table.columns[1]!)).toBe(false);
    const { read, plain } = typedBothWays(table);
    expect(read).toEqual(plain);
    expect(read.warnings).toEqual([{ code: 'unparsed-values', column: 'shipped_at', count: 1 }]);
  });

  it('keeps its strings when a text names a day that does not exist', () => {
    const cells = [...dateCells];
    cells[100] = '2023-02-29 10:00:00';
    const table = parsed(csv(cells));
    expect(hasPendingDictionary(table.columns[1]!)).toBe(false);
    const { read, plain } = typedBothWays(table);
    expect(read).toEqual(plain);
    expect(read.table.columns[1]!.type).toBe('date');
  });

  it('of few distinct values keeps its strings', () => {
    const table = parsed(csv(distinctTimes.map((_, row) => distinctTimes[row % 50]!)));
    expect(hasPendingDictionary(table.columns[1]!)).toBe(false);
    expect(buildDataTable('t', table, '.').table.columns[1]!.type).toBe('date');
  });

  it('that is text with repeats (IDs) keeps its strings and is typed as before', () => {
    const ids = distinctTimes.map((_, row) => `C${String((row * 7919) % 5000).padStart(6, '0')}`);
    const table = parsed(csv(ids));
    expect(hasPendingDictionary(table.columns[1]!)).toBe(false);
    const { read, plain } = typedBothWays(table);
    expect(read).toEqual(plain);
  });
});

/** `cells` as the text column of one part of a file. */
function textPart(cells: readonly string[]): CsvPartColumn {
  const dictionary = new ByteDictionary();
  const codes = Int32Array.from(cells, (cell) => (cell === '' ? -1 : dictionary.codeOfText(cell)));
  return { kind: 'strings', codes, dictionary: dictionary.bytes(), textFromRow: 0 };
}

describe('a big column of ISO date-times parsed in parts', () => {
  it('is typed as the whole file types it, and crosses threads with its texts as bytes', () => {
    const cuts = [0, 1500, 4000, dateCells.length];
    const parts = cuts.slice(1).map((end, i) => textPart(dateCells.slice(cuts[i], end)));
    const task = { index: 1, header: 'shipped_at', parts, rowCount: dateCells.length };
    const typed = typeColumnParts({ ...task, decimal: '.' });
    expect(hasPendingDictionary(typed.column.raw)).toBe(true);
    const wire = typedColumnToWire(typed);
    // Sending it decoded nothing: the texts go as the bytes they were read from.
    expect(hasPendingDictionary(typed.column.raw)).toBe(true);
    const whole = typedBothWays(parsed(csv(dateCells))).plain.table.columns[1];
    expect(typed.column).toEqual(whole);
    expect(typedColumnFromWire(structuredClone(wire)).column).toEqual(whole);
  });
});
