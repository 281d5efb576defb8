import { describe, expect, it } from 'vitest';
import type { RawColumn } from '../table';
import { inferColumn } from './inferColumn';

const ROWS = 1_000_000;
const EMPTY_ROWS = ROWS / 100;

/** A strings column of ROWS rows cycling through `dictionary`, every 100th row empty. */
function cyclingColumn(dictionary: readonly string[]): RawColumn {
  const codes = new Int32Array(ROWS);
  for (let row = 0; row < ROWS; row++) codes[row] = row % 100 === 99 ? -1 : row % dictionary.length;
  return { kind: 'strings', codes, dictionary };
}

describe('inferColumn at one million rows, through the dictionary', () => {
  it('parses each distinct German number once and maps every row', () => {
    // entry i reads (i + 1) * 1000 + i + 0.5, e.g. "1.000,5"
    const dictionary = Array.from(
      { length: 1000 },
      (_, i) => `${i + 1}.${String(i).padStart(3, '0')},5`,
    );
    const column = inferColumn('Umsatz', cyclingColumn(dictionary), null, ROWS, ',');
    expect(column.type).toBe('numeric');
    expect(column.format.decimal).toBe(',');
    expect(column.values?.length).toBe(ROWS);
    expect(column.values?.[0]).toBe(1000.5);
    expect(column.values?.[123_456]).toBe(457_456.5);
    expect(column.values?.[199]).toBeNaN();
    expect(column.missing).toBe(EMPTY_ROWS);
  });

  it('codes a categorical column with missing tokens in its dictionary', () => {
    const column = inferColumn(
      'region',
      cyclingColumn(['north', 'south', 'NA', 'east']),
      null,
      ROWS,
    );
    expect(column.type).toBe('categorical');
    expect(column.levels).toEqual(['north', 'south', 'east']);
    expect(column.codes?.[4]).toBe(0);
    expect(column.codes?.[2]).toBe(-1);
    expect(column.codes?.[7]).toBe(2);
    expect(column.missing).toBe(EMPTY_ROWS + ROWS / 4); // empty rows fall on 'east' slots, never on 'NA'
  });

  it('reads a boolean and a date column', () => {
    const flag = inferColumn('会员', cyclingColumn(['是', '否']), null, ROWS);
    expect(flag.type).toBe('boolean');
    expect([flag.values?.[0], flag.values?.[1], flag.values?.[99]]).toEqual([1, 0, NaN]);
    const days = Array.from({ length: 365 }, (_, i) =>
      new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const date = inferColumn('day', cyclingColumn(days), null, ROWS);
    expect(date.type).toBe('date');
    expect(date.values?.[400]).toBe(Date.UTC(2023, 0, 1 + (400 % 365)));
  });

  it('types a million numbers without copying them', () => {
    const values = new Float64Array(ROWS).map((_, row) => (row % 7) * 1.5);
    const raw: RawColumn = { kind: 'numbers', values };
    const column = inferColumn('spend', raw, null, ROWS);
    expect(column.type).toBe('numeric');
    expect(column.values).toBe(values);
    expect(column.missing).toBe(0);
  });
});
