import { describe, expect, it } from 'vitest';
import { formatIsoDateTime, OTHER_LABEL, profileColumn } from './profile';
import type { Column, ColumnType } from './table';

function valuesColumn(name: string, type: ColumnType, values: readonly number[]): Column {
  const array = Float64Array.from(values);
  return {
    name,
    type,
    inferredType: type,
    raw: { kind: 'numbers', values: array },
    values: array,
    codes: null,
    levels: null,
    missing: values.filter((v) => Number.isNaN(v)).length,
    format: {},
  };
}

function codesColumn(
  name: string,
  type: ColumnType,
  levels: readonly string[],
  codes: readonly number[],
): Column {
  const array = Int32Array.from(codes);
  return {
    name,
    type,
    inferredType: type,
    raw: { kind: 'strings', codes: array, dictionary: levels },
    values: null,
    codes: array,
    levels,
    missing: codes.filter((c) => c < 0).length,
    format: {},
  };
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const counts = (bars: readonly { count: number }[]) => bars.reduce((s, b) => s + b.count, 0);

describe('profileColumn: numeric', () => {
  it('skips NaNs for missing, distinct, min, max and mean', () => {
    const profile = profileColumn(valuesColumn('spend', 'numeric', [1, NaN, 3, 3, 10, NaN]), 6);
    expect(profile).toMatchObject({ name: 'spend', type: 'numeric', missing: 2, distinct: 3 });
    expect(profile.numeric).toEqual({ min: 1, max: 10, mean: 17 / 4 });
    expect(profile.topValues).toEqual([]);
    expect(counts(profile.histogram)).toBe(4);
  });

  it('gives small integer ranges one bar per value', () => {
    const profile = profileColumn(valuesColumn('rating', 'numeric', [1, 2, 2, 5, 5, 5]), 6);
    expect(profile.histogram).toEqual([
      { label: '1', count: 1 },
      { label: '2', count: 2 },
      { label: '3', count: 0 },
      { label: '4', count: 0 },
      { label: '5', count: 3 },
    ]);
  });

  it('bins fractions into about 12 round, equal-width bins and counts max in the last', () => {
    const profile = profileColumn(valuesColumn('rate', 'numeric', [0, 0.25, 0.5, 1.2]), 4);
    expect(profile.histogram).toHaveLength(12);
    expect(profile.histogram[0]).toEqual({ label: '0–0.1', count: 1 });
    expect(profile.histogram[2]).toEqual({ label: '0.2–0.3', count: 1 });
    expect(profile.histogram[5]).toEqual({ label: '0.5–0.6', count: 1 });
    expect(profile.histogram[11]).toEqual({ label: '1.1–1.2', count: 1 });
  });

  it('labels large bins compactly', () => {
    const profile = profileColumn(valuesColumn('revenue', 'numeric', [10_000, 250_000]), 2);
    expect(profile.histogram[0]).toEqual({ label: '0–20k', count: 1 });
    expect(profile.histogram.at(-1)).toEqual({ label: '240k–260k', count: 1 });
    const millions = profileColumn(valuesColumn('m', 'numeric', [1_000_000, 1_600_000]), 2);
    expect(millions.histogram[1]?.label).toBe('1.05M–1.1M');
  });

  it('labels negative bins', () => {
    const profile = profileColumn(valuesColumn('delta', 'numeric', [-12, 12]), 2);
    expect(profile.histogram[0]).toEqual({ label: '-12–-10', count: 1 });
    expect(profile.histogram.at(-1)).toEqual({ label: '12–14', count: 1 });
  });

  it('gives a constant column a single bar', () => {
    const profile = profileColumn(valuesColumn('flat', 'numeric', [2.5, 2.5, NaN]), 3);
    expect(profile.histogram).toEqual([{ label: '2.5', count: 2 }]);
    expect(profile.distinct).toBe(1);
  });

  it('reads only the first rowCount values', () => {
    const profile = profileColumn(valuesColumn('x', 'numeric', [1, 2, 99, 99]), 2);
    expect(profile.numeric).toEqual({ min: 1, max: 2, mean: 1.5 });
    expect(counts(profile.histogram)).toBe(2);
  });

  it('leaves out the histogram when a value is infinite', () => {
    const profile = profileColumn(valuesColumn('huge', 'numeric', [1, Infinity, 1]), 3);
    expect(profile).toMatchObject({ missing: 0, distinct: 2, histogram: [] });
    expect(profile.numeric?.max).toBe(Infinity);
  });

  it('reports an all-missing column without numbers or bars', () => {
    const profile = profileColumn(valuesColumn('empty', 'numeric', [NaN, NaN, NaN]), 3);
    expect(profile).toMatchObject({ missing: 3, distinct: 0, numeric: null, histogram: [] });
  });

  it('counts distinct values of a high-cardinality column, treating -0 as 0', () => {
    const values = Array.from({ length: 120_000 }, (_, i) => (i % 60_000) + 0.5);
    values.push(NaN, 0, -0);
    const profile = profileColumn(valuesColumn('id-like', 'numeric', values), values.length);
    expect(profile.distinct).toBe(60_001);
    expect(profileColumn(valuesColumn('z', 'numeric', [0, -0, NaN]), 3).distinct).toBe(1);
  });
});

describe('profileColumn: boolean', () => {
  it('counts true and false and orders top values by frequency', () => {
    const profile = profileColumn(valuesColumn('vip', 'boolean', [0, 1, 0, NaN, 0]), 5);
    expect(profile).toMatchObject({ missing: 1, distinct: 2 });
    expect(profile.numeric).toEqual({ min: 0, max: 1, mean: 0.25 });
    expect(profile.topValues).toEqual([
      { value: 'false', count: 3 },
      { value: 'true', count: 1 },
    ]);
    expect(profile.histogram).toEqual([
      { label: 'true', count: 1 },
      { label: 'false', count: 3 },
    ]);
  });

  it('keeps a zero bar but no zero top value', () => {
    const profile = profileColumn(valuesColumn('all', 'boolean', [1, 1]), 2);
    expect(profile.distinct).toBe(1);
    expect(profile.topValues).toEqual([{ value: 'true', count: 2 }]);
    expect(profile.histogram[1]).toEqual({ label: 'false', count: 0 });
  });
});

describe('profileColumn: date', () => {
  it('bins a year into whole-day bins labelled with the ISO date they start on', () => {
    const dates = [day('2024-01-01'), day('2024-06-15'), NaN, day('2024-12-31')];
    const profile = profileColumn(valuesColumn('joined', 'date', dates), 4);
    expect(profile.missing).toBe(1);
    expect(profile.numeric?.min).toBe(day('2024-01-01'));
    expect(profile.numeric?.max).toBe(day('2024-12-31'));
    expect(profile.histogram).toHaveLength(12); // 365 days in steps of 31
    expect(profile.histogram[0]).toEqual({ label: '2024-01-01', count: 1 });
    expect(profile.histogram[1]?.label).toBe('2024-02-01');
    expect(profile.histogram.at(-1)).toEqual({ label: '2024-12-07', count: 1 });
    expect(counts(profile.histogram)).toBe(3);
  });

  it('shows times when the whole column falls within a day', () => {
    const start = Date.parse('2024-03-05T08:00:00Z');
    const hours = [0, 3, 6, 12].map((h) => start + h * 3_600_000);
    const profile = profileColumn(valuesColumn('visit', 'date', hours), 4);
    expect(profile.histogram[0]).toEqual({ label: '2024-03-05 08:00', count: 1 });
    expect(profile.histogram[1]?.label).toBe('2024-03-05 09:00');
    expect(counts(profile.histogram)).toBe(4);
  });

  it('keeps the mean of large timestamps precise', () => {
    const a = day('2024-01-01');
    const profile = profileColumn(valuesColumn('d', 'date', [a, a + 1, a + 2]), 3);
    expect(profile.numeric?.mean).toBe(a + 1);
  });
});

describe('profileColumn: categorical, text and id', () => {
  const levels = ['north', 'south', 'east', 'west', 'centre', 'islands', 'abroad', 'unused'];
  const codes = [0, 0, 0, -1, 1, 1, 2, 2, 3, 4, 5, 6, -1, 6, 1];

  it('counts missing codes and distinct levels actually used', () => {
    const profile = profileColumn(codesColumn('region', 'categorical', levels, codes), 15);
    expect(profile).toMatchObject({ missing: 2, distinct: 7, numeric: null });
  });

  it('lists top values by count, ties in level order, then sums the rest as "other"', () => {
    const profile = profileColumn(codesColumn('region', 'categorical', levels, codes), 15);
    expect(profile.topValues).toEqual([
      { value: 'north', count: 3 },
      { value: 'south', count: 3 },
      { value: 'east', count: 2 },
      { value: 'abroad', count: 2 },
      { value: 'west', count: 1 },
      { value: 'centre', count: 1 },
    ]);
    expect(profile.histogram.at(-1)).toEqual({ label: OTHER_LABEL, count: 1 });
    expect(profile.histogram).toHaveLength(7);
  });

  it('has no "other" bar when every value is shown', () => {
    const profile = profileColumn(codesColumn('c', 'categorical', ['a', 'b'], [0, 1, 1, -1]), 4);
    expect(profile.histogram).toEqual([
      { label: 'b', count: 2 },
      { label: 'a', count: 1 },
    ]);
  });

  it('treats out-of-range codes as missing rather than crashing', () => {
    const profile = profileColumn(codesColumn('c', 'categorical', ['a'], [0, 7, -1]), 3);
    expect(profile).toMatchObject({ missing: 2, distinct: 1 });
  });

  it('gives text a histogram of value lengths in characters, weighted by occurrences', () => {
    const words = ['a', 'abc', '日本語', '😀'];
    const profile = profileColumn(codesColumn('note', 'text', words, [0, 1, 2, 2, 3, -1]), 6);
    expect(profile.histogram).toEqual([
      { label: '1', count: 2 },
      { label: '2', count: 0 },
      { label: '3', count: 3 },
    ]);
    expect(profile.topValues[0]).toEqual({ value: '日本語', count: 2 });
  });

  it('reports a column without data as all missing', () => {
    const column = { ...codesColumn('gone', 'id', [], []), codes: null, levels: null };
    expect(profileColumn(column, 4)).toMatchObject({ missing: 4, distinct: 0, histogram: [] });
  });
});

describe('formatIsoDateTime', () => {
  it('shows the date alone at midnight UTC, else minutes, else seconds', () => {
    expect(formatIsoDateTime(day('2024-03-05'))).toBe('2024-03-05');
    expect(formatIsoDateTime(Date.parse('2024-03-05T14:30:00Z'))).toBe('2024-03-05 14:30');
    expect(formatIsoDateTime(Date.parse('2024-03-05T14:30:15Z'))).toBe('2024-03-05 14:30:15');
    expect(formatIsoDateTime(day('1969-07-20'))).toBe('1969-07-20');
  });

  it('returns an empty string for values that are not dates', () => {
    expect(formatIsoDateTime(NaN)).toBe('');
    expect(formatIsoDateTime(1e20)).toBe('');
  });
});
