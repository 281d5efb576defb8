import { describe, expect, it } from 'vitest';
import { parseIsoDateTime, utcDayStart } from './isoDateTime';
import { parseDateText } from './parseDateText';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) =>
  Date.UTC(y, m - 1, d, h, min, s, ms);

describe('parseIsoDateTime', () => {
  it('reads a day, a day and minute, a day and second, and fractions of a second', () => {
    expect(parseIsoDateTime('2024-07-25')).toBe(utc(2024, 7, 25));
    expect(parseIsoDateTime('2024-07-25T10:00')).toBe(utc(2024, 7, 25, 10));
    expect(parseIsoDateTime('2024-07-29 10:00:24')).toBe(utc(2024, 7, 29, 10, 0, 24));
    expect(parseIsoDateTime('2024-07-29T10:00:24.5')).toBe(utc(2024, 7, 29, 10, 0, 24, 500));
    expect(parseIsoDateTime('2024-07-29T10:00:24.05')).toBe(utc(2024, 7, 29, 10, 0, 24, 50));
    expect(parseIsoDateTime('2024-07-29T10:00:24.123')).toBe(utc(2024, 7, 29, 10, 0, 24, 123));
  });

  it('keeps the first three digits of a longer fraction, as the general patterns do', () => {
    expect(parseIsoDateTime('2024-07-29T10:00:24.123999')).toBe(utc(2024, 7, 29, 10, 0, 24, 123));
  });

  it('reads Z and offsets east and west of UTC in three spellings', () => {
    expect(parseIsoDateTime('2024-03-01T10:20:30Z')).toBe(utc(2024, 3, 1, 10, 20, 30));
    expect(parseIsoDateTime('2024-03-01T10:20Z')).toBe(utc(2024, 3, 1, 10, 20));
    expect(parseIsoDateTime('2024-03-01T10:20:30+02:00')).toBe(utc(2024, 3, 1, 8, 20, 30));
    expect(parseIsoDateTime('2024-03-01T10:20:30+0200')).toBe(utc(2024, 3, 1, 8, 20, 30));
    expect(parseIsoDateTime('2024-03-01T10:20:30+02')).toBe(utc(2024, 3, 1, 8, 20, 30));
    expect(parseIsoDateTime('2024-03-01T00:30:00-01:30')).toBe(utc(2024, 3, 1, 2, 0, 0));
    // An offset can move the instant to the day before.
    expect(parseIsoDateTime('2024-03-01T01:00:00+08:00')).toBe(utc(2024, 2, 29, 17));
  });

  it('knows leap days: 29 February exists in 2024 and 2000, not in 2023 or 1900', () => {
    expect(parseIsoDateTime('2024-02-29')).toBe(utc(2024, 2, 29));
    expect(parseIsoDateTime('2000-02-29 12:00')).toBe(utc(2000, 2, 29, 12));
    expect(parseIsoDateTime('2023-02-29')).toBeNull();
    expect(parseIsoDateTime('1900-02-29')).toBeNull();
  });

  it('gives null for the ISO shape naming a day or time that does not exist', () => {
    for (const text of [
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '0999-01-01',
      '2024-01-01T24:00',
      '2024-01-01 23:60',
      '2024-01-01 23:59:60',
    ]) {
      expect(parseIsoDateTime(text), text).toBeNull();
    }
  });

  it('leaves every other text to the general patterns (undefined)', () => {
    for (const text of [
      '',
      '2024-7-25',
      '2024/07/25',
      '25/07/2024',
      '2024-07-25Z',
      '2024-07-25T',
      '2024-07-25t10:00',
      '2024-07-25 9:05',
      '2024-07-25 10:00 pm',
      '2024-07-25T10:00:24,5',
      '2024-07-25T10:00:24.',
      '2024-07-25T10:00:24+2',
      '2024-07-25T10:00:24+02:0',
      '２０２４-07-25',
      // A non-digit in each place a digit is read from.
      'a024-07-25',
      '2a24-07-25',
      '20a4-07-25',
      '202a-07-25',
      '2024-0a-25',
      '2024-07-2a',
      '2024-07-25 1a:00',
      '2024-07-25 10:0a',
      '2024-07-25 10:00:a0',
      '2024-07-25T10:00:00+0a:00',
      '2024-07-25T10:00:00+08:a0',
      '2024年7月25日',
      'C114961',
    ]) {
      expect(parseIsoDateTime(text), text).toBeUndefined();
    }
  });

  it('agrees with parseDateText on every text it reads', () => {
    for (const text of [
      '2024-07-25',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31 00:00:01-0500',
      '1000-01-01',
      '9999-12-31T23:59:59.9999+14:00',
      '2024-03-01T10:20:30+02',
      '2023-02-29',
    ]) {
      expect(parseIsoDateTime(text), text).toBe(parseDateText(text, 'dmy'));
    }
  });
});

describe('parseIsoDateTime over many days', () => {
  it('reads the same day the same way however often and among however many others', () => {
    // More distinct days than the day cache holds, each read twice, mixed with impossible days.
    const texts: string[] = [];
    const expected: (number | null)[] = [];
    for (let i = 0; i < 6_000; i++) {
      const year = 1000 + ((i * 7919) % 9000);
      const month = 1 + (i % 12);
      const day = 1 + ((i * 13) % 31);
      const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const date = new Date(Date.UTC(year, month - 1, day));
      const exists = date.getUTCDate() === day;
      texts.push(`${text} 12:30`, text);
      expected.push(exists ? date.getTime() + 45_000_000 : null, exists ? date.getTime() : null);
    }
    expect(texts.map(parseIsoDateTime)).toEqual(expected);
    expect(texts.map(parseIsoDateTime).reverse()).toEqual(expected.reverse());
  });
});

describe('utcDayStart', () => {
  it('gives the day Date.UTC gives, from year 1000 to 9999, around leap days and centuries', () => {
    const years = [1000, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9999];
    for (let year = 1001; year < 9999; year += 37) years.push(year);
    const days = [
      [1, 1],
      [2, 28],
      [2, 29],
      [3, 1],
      [7, 15],
      [12, 31],
    ] as const;
    const ours: (number | null)[] = [];
    const dateUtc: (number | null)[] = [];
    for (const year of years) {
      for (const [month, day] of days) {
        ours.push(utcDayStart(year, month, day));
        const expected = new Date(Date.UTC(year, month - 1, day));
        dateUtc.push(expected.getUTCMonth() === month - 1 ? expected.getTime() : null);
      }
    }
    expect(ours).toEqual(dateUtc);
  });

  it('is midnight UTC of a real day, null for days outside the calendar or years 1000-9999', () => {
    expect(utcDayStart(2024, 2, 29)).toBe(utc(2024, 2, 29));
    expect(utcDayStart(2023, 2, 29)).toBeNull();
    expect(utcDayStart(2024, 11, 31)).toBeNull();
    expect(utcDayStart(999, 1, 1)).toBeNull();
    expect(utcDayStart(10000, 1, 1)).toBeNull();
  });
});
