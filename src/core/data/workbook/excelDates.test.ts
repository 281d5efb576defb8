import { describe, expect, it } from 'vitest';
import { excelSerialToMs, msToIsoText, parseIsoDateCell } from './excelDates';

describe('excelSerialToMs', () => {
  it('reads 1900-system serials, before and after the phantom 29 Feb 1900', () => {
    expect(excelSerialToMs(1, false)).toBe(Date.UTC(1900, 0, 1));
    expect(excelSerialToMs(59, false)).toBe(Date.UTC(1900, 1, 28));
    expect(excelSerialToMs(60, false)).toBe(Date.UTC(1900, 1, 28)); // Excel shows 29 Feb 1900
    expect(excelSerialToMs(61, false)).toBe(Date.UTC(1900, 2, 1));
    expect(excelSerialToMs(45352, false)).toBe(Date.UTC(2024, 2, 1));
    expect(excelSerialToMs(25569, false)).toBe(0);
  });

  it('reads times of day to the millisecond, rounding away float noise', () => {
    expect(excelSerialToMs(45352.604166666664, false)).toBe(Date.UTC(2024, 2, 1, 14, 30));
    expect(excelSerialToMs(45291.99998842592, false)).toBe(Date.UTC(2023, 11, 31, 23, 59, 59));
    expect(excelSerialToMs(0.5, false)).toBe(Date.UTC(1899, 11, 31, 12));
  });

  it('reads 1904-system serials', () => {
    expect(excelSerialToMs(0, true)).toBe(Date.UTC(1904, 0, 1));
    expect(excelSerialToMs(43890, true)).toBe(Date.UTC(2024, 2, 1));
    expect(excelSerialToMs(1.25, true)).toBe(Date.UTC(1904, 0, 2, 6));
  });

  it('gives NaN for a serial that is not a finite number', () => {
    expect(excelSerialToMs(Number.POSITIVE_INFINITY, false)).toBeNaN();
  });
});

describe('msToIsoText', () => {
  it('writes a date alone at midnight, and the time otherwise', () => {
    expect(msToIsoText(Date.UTC(2024, 2, 1))).toBe('2024-03-01');
    expect(msToIsoText(Date.UTC(2024, 2, 1, 14, 30))).toBe('2024-03-01T14:30:00');
    expect(msToIsoText(Date.UTC(2024, 2, 1, 14, 30, 0, 250))).toBe('2024-03-01T14:30:00.250');
    expect(msToIsoText(Date.UTC(1899, 11, 31, 12))).toBe('1899-12-31T12:00:00');
    expect(msToIsoText(NaN)).toBe('');
  });
});

describe('parseIsoDateCell', () => {
  it('reads dates and zone-less date-times as UTC wall clock, and honours a zone when given', () => {
    expect(parseIsoDateCell('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(parseIsoDateCell('2024-03-01T12:00:00')).toBe(Date.UTC(2024, 2, 1, 12));
    expect(parseIsoDateCell('2024-03-01T12:00:00Z')).toBe(Date.UTC(2024, 2, 1, 12));
    expect(parseIsoDateCell('2024-03-01T12:00:00+02:00')).toBe(Date.UTC(2024, 2, 1, 10));
    expect(parseIsoDateCell('soon')).toBeNaN();
  });
});
