import { describe, expect, it } from 'vitest';
import { OTHER_LABEL } from '../../core/data/profile';
import type { ColumnProfile } from '../../core/data/profileTypes';
import { formattersFor } from './formatCell';
import { histogramBars, missingShare, profileStats } from './profileDisplay';

const base: ColumnProfile = {
  name: 'c',
  type: 'numeric',
  missing: 0,
  distinct: 0,
  numeric: null,
  topValues: [],
  histogram: [],
};
const en = formattersFor('en');
const labels = { other: 'Other', true: 'yes', false: 'no' };

describe('profileStats', () => {
  it('shows min, max and mean of numbers, rounded for reading', () => {
    const profile = { ...base, numeric: { min: -3, max: 12345.678, mean: 2.34567 } };
    expect(profileStats(profile, en)).toEqual([
      { key: 'dataset.min', value: '-3' },
      { key: 'dataset.max', value: '12,345.68' },
      { key: 'dataset.mean', value: '2.35' },
    ]);
  });

  it('shows dates as dates, with a mean rounded to the day when no value has a time', () => {
    const min = Date.UTC(2024, 0, 1);
    const max = Date.UTC(2024, 0, 4);
    const numeric = { min, max, mean: (min + max) / 2 };
    const profile: ColumnProfile = { ...base, type: 'date', numeric };
    const values = profileStats(profile, en).map((s) => s.value);
    expect(values).toEqual(['2024-01-01', '2024-01-04', '2024-01-03']);
    const timed = { ...profile, numeric: { ...numeric, max: max + 3_600_000 } };
    expect(profileStats(timed, en)[2]?.value).toBe('2024-01-02 12:00');
  });

  it('shows the share of true values for booleans, and nothing when all are missing', () => {
    const profile: ColumnProfile = {
      ...base,
      type: 'boolean',
      numeric: { min: 0, max: 1, mean: 0.25 },
    };
    expect(profileStats(profile, en)).toEqual([{ key: 'dataset.shareTrue', value: '25%' }]);
    expect(profileStats(base, en)).toEqual([]);
  });
});

describe('missingShare', () => {
  it('is a percentage of rows, and 0% of an empty table', () => {
    expect(missingShare(1, 8, en)).toBe('12.5%');
    expect(missingShare(0, 0, en)).toBe('0%');
  });
});

describe('histogramBars', () => {
  it('translates the trailing "other" bar but not a category that is really called other', () => {
    const topValues = [
      { value: OTHER_LABEL, count: 5 },
      { value: 'b', count: 2 },
    ];
    const withRest: ColumnProfile = {
      ...base,
      type: 'categorical',
      topValues,
      histogram: [
        { label: OTHER_LABEL, count: 5 },
        { label: 'b', count: 2 },
        { label: OTHER_LABEL, count: 9 },
      ],
    };
    expect(histogramBars(withRest, labels).map((b) => b.label)).toEqual(['other', 'b', 'Other']);
    const withoutRest = { ...withRest, histogram: withRest.histogram.slice(0, 2) };
    expect(histogramBars(withoutRest, labels).map((b) => b.label)).toEqual(['other', 'b']);
  });

  it('translates true and false for boolean columns', () => {
    const profile: ColumnProfile = {
      ...base,
      type: 'boolean',
      numeric: { min: 0, max: 1, mean: 0.5 },
      topValues: [{ value: 'true', count: 1 }],
      histogram: [
        { label: 'true', count: 1 },
        { label: 'false', count: 1 },
      ],
    };
    expect(histogramBars(profile, labels)).toEqual([
      { label: 'yes', count: 1 },
      { label: 'no', count: 1 },
    ]);
  });
});
