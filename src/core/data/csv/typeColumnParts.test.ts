import { describe, expect, it } from 'vitest';
import { buildDataTable } from '../infer/buildDataTable';
import type { CsvPartColumn } from './csvPartTypes';
import { ByteDictionary } from './byteDictionary';
import { byTypingWork, typeColumnParts, type ColumnTypingTask } from './typeColumnParts';

const numbers = (...values: number[]): CsvPartColumn => ({
  kind: 'numbers',
  values: Float64Array.from(values),
  onlyEmptyCells: values.every(Number.isNaN),
});

function text(...values: (string | null)[]): CsvPartColumn {
  const dictionary = new ByteDictionary();
  const codes = Int32Array.from(values, (v) => (v === null ? -1 : dictionary.codeOfText(v)));
  return { kind: 'strings', codes, dictionary: dictionary.bytes(), textFromRow: 0 };
}

function task(index: number, parts: CsvPartColumn[]): ColumnTypingTask {
  const rowCount = parts.reduce(
    (n, part) => n + (part.kind === 'numbers' ? part.values.length : part.codes.length),
    0,
  );
  return { index, header: `c${index}`, parts, rowCount, decimal: '.' };
}

describe('typeColumnParts', () => {
  it('types a merged column as typing the whole table types it', () => {
    const typed = typeColumnParts(task(3, [numbers(1.5, NaN), text('x', null, '2')]));
    const whole = buildDataTable(
      't',
      {
        headers: ['c3'],
        columns: [
          {
            kind: 'strings',
            codes: Int32Array.from([0, -1, 1, -1, 2]),
            dictionary: ['1.5', 'x', '2'],
          },
        ],
        hints: [null],
        rowCount: 5,
      },
      '.',
    );
    expect(typed.index).toBe(3);
    expect(typed.column).toEqual(whole.table.columns[0]);
    expect(typed.warnings).toEqual(whole.warnings);
  });
});

describe('byTypingWork', () => {
  it('puts the columns with the most cells and distinct text first', () => {
    const big = Array.from({ length: 1000 }, (_, i) => `id${i}`);
    const tasks = [
      task(0, [numbers(1, 2)]),
      task(1, [numbers(...Array.from({ length: 600 }, Number))]),
      task(2, [text(...big)]),
      task(3, [numbers(...Array.from({ length: 500 }, Number)), numbers(1, 2, 3, 4, 5, 6, 7, 8)]),
      task(4, [text(...big.map((_, i) => (i % 2 ? 'a' : 'b')))]),
    ];
    expect(byTypingWork(tasks).map((t) => t.index)).toEqual([2, 4, 1, 3, 0]);
  });
});
