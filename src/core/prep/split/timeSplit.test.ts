import { describe, expect, it } from 'vitest';
import { timeSplit } from './timeSplit';

const day = (n: number) => Date.UTC(2024, 0, 1 + n);

describe('timeSplit', () => {
  it('trains on the earliest rows and tests on the latest, leaving out missing dates', () => {
    // Rows are out of order in the table; row 2 has no date.
    const dates = Float64Array.from([day(5), day(1), Number.NaN, day(9), day(3), day(7), day(2)]);
    const result = timeSplit(dates, { validation: 1 / 6, test: 2 / 6 });
    expect(result).toEqual({
      ok: true,
      value: {
        train: Int32Array.from([1, 6, 4]),
        validation: Int32Array.from([0]),
        test: Int32Array.from([5, 3]),
        excludedMissing: 1,
      },
    });
  });

  it('keeps table order among rows with the same date', () => {
    const dates = Float64Array.from([day(1), day(0), day(1), day(0)]);
    const result = timeSplit(dates, { validation: 0, test: 0.25 });
    expect(result.ok && Array.from(result.value.train)).toEqual([1, 3, 0]);
  });

  it('refuses when too few rows have a date', () => {
    const dates = Float64Array.from([day(1), Number.NaN, Number.NaN]);
    expect(timeSplit(dates, { validation: 0, test: 0.5 })).toMatchObject({
      ok: false,
      error: { code: 'too-few-rows', rows: 1 },
    });
  });
});
