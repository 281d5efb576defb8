import { describe, expect, it } from 'vitest';
import { datePartValue, isoDay, monthOf, startOfDay, weekdayOf } from './dateParts';

describe('date parts', () => {
  it('agree with Date on every day from 1899 to 2101, before and after 1970', () => {
    const first = Date.UTC(1899, 0, 1);
    const last = Date.UTC(2101, 11, 31);
    for (let ms = first; ms <= last; ms += 86_400_000 + 3_600_000) {
      const date = new Date(ms);
      if (monthOf(ms) !== date.getUTCMonth() + 1) throw new Error(`month of ${date.toISOString()}`);
      if (weekdayOf(ms) !== date.getUTCDay()) throw new Error(`weekday of ${date.toISOString()}`);
    }
    expect(monthOf(Date.UTC(2024, 1, 29, 23, 59))).toBe(2);
  });

  it('counts fractional days since the origin day', () => {
    const origin = startOfDay(Date.UTC(2024, 2, 10, 15, 0));
    expect(origin).toBe(Date.UTC(2024, 2, 10));
    expect(datePartValue('days', Date.UTC(2024, 2, 12, 12, 0), origin)).toBe(2.5);
    expect(isoDay(origin)).toBe('2024-03-10');
  });
});
