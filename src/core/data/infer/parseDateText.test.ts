import { describe, expect, it } from 'vitest';
import { detectDateOrder } from './dateOrder';
import { parseDateText } from './parseDateText';

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) =>
  Date.UTC(y, m - 1, d, h, min, s, ms);

describe('parseDateText', () => {
  it('reads ISO dates, with time, fraction, Z and offsets', () => {
    expect(parseDateText('2024-03-01', 'ymd')).toBe(utc(2024, 3, 1));
    expect(parseDateText('2024-03-01T10:20:30', 'ymd')).toBe(utc(2024, 3, 1, 10, 20, 30));
    expect(parseDateText('2024-03-01 10:20', 'ymd')).toBe(utc(2024, 3, 1, 10, 20));
    expect(parseDateText('2024-03-01T10:20:30.250Z', 'ymd')).toBe(utc(2024, 3, 1, 10, 20, 30, 250));
    expect(parseDateText('2024-03-01T10:20:30+02:00', 'ymd')).toBe(utc(2024, 3, 1, 8, 20, 30));
    expect(parseDateText('2024-03-01T00:30:00-0130', 'ymd')).toBe(utc(2024, 3, 1, 2, 0, 0));
  });

  it('reads year-first dates with slashes or dots whatever the order', () => {
    expect(parseDateText('2024/3/1', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('2024.03.01', 'mdy')).toBe(utc(2024, 3, 1));
  });

  it('reads year-last dates in the order given', () => {
    expect(parseDateText('01/03/2024', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('01/03/2024', 'mdy')).toBe(utc(2024, 1, 3));
    expect(parseDateText('01.03.2024', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('1-3-2024 14:05', 'dmy')).toBe(utc(2024, 3, 1, 14, 5));
    expect(parseDateText('3/1/2024 2:05 PM', 'mdy')).toBe(utc(2024, 3, 1, 14, 5));
    expect(parseDateText('3/1/2024 12:05 am', 'mdy')).toBe(utc(2024, 3, 1, 0, 5));
    expect(parseDateText('01/03/2024', 'ymd')).toBeNull();
  });

  it('reads two-digit years as Excel does (00-29 -> 20xx, 30-99 -> 19xx)', () => {
    expect(parseDateText('01/03/24', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('01/03/29', 'dmy')).toBe(utc(2029, 3, 1));
    expect(parseDateText('01/03/85', 'dmy')).toBe(utc(1985, 3, 1));
  });

  it('reads Chinese dates', () => {
    expect(parseDateText('2024年3月1日', 'ymd')).toBe(utc(2024, 3, 1));
    expect(parseDateText('2024年03月15号', 'ymd')).toBe(utc(2024, 3, 15));
    expect(parseDateText('2024年3月', 'ymd')).toBe(utc(2024, 3, 1));
  });

  it('reads month names', () => {
    expect(parseDateText('1 Mar 2024', 'mdy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('01-Mar-24', 'mdy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('1st September 2024', 'mdy')).toBe(utc(2024, 9, 1));
    expect(parseDateText('March 1, 2024', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('Sept. 30 2024', 'dmy')).toBe(utc(2024, 9, 30));
    expect(parseDateText('Mar 2024', 'dmy')).toBe(utc(2024, 3, 1));
    expect(parseDateText('2024-03', 'dmy')).toBe(utc(2024, 3, 1));
  });

  it('rejects impossible dates and times', () => {
    for (const text of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '31/04/2024',
      '2024-03-01T24:00',
      '1 Foo 2024',
      '13:00 PM',
    ]) {
      expect(parseDateText(text, 'dmy'), text).toBeNull();
    }
    expect(parseDateText('2024-02-29', 'ymd')).toBe(utc(2024, 2, 29));
  });

  it('rejects numbers and free text', () => {
    for (const text of ['', '42', '45000', '1.5', 'hello', '3/4', 'Mary 2']) {
      expect(parseDateText(text, 'dmy'), text).toBeNull();
    }
  });
});

describe('detectDateOrder', () => {
  it('reads d/m/y when a first part exceeds 12', () => {
    expect(detectDateOrder(['01/03/2024', '25/03/2024'])).toBe('dmy');
  });

  it('sees year-last dates with one or two leading digits, after leading spaces too', () => {
    expect(detectDateOrder(['5/13/2024', '2024-01-02'])).toBe('mdy');
    expect(detectDateOrder([' 13.5.2024', 'x'])).toBe('dmy');
    expect(detectDateOrder(['\u00a013-5-2024'])).toBe('dmy');
    expect(detectDateOrder(['113/5/2024', '2024/13/05', 'May 13 2024'])).toBe('ymd');
  });

  it('reads m/d/y when a second part exceeds 12', () => {
    expect(detectDateOrder(['01/03/2024', '03/25/2024'], ',')).toBe('mdy');
  });

  it('follows the decimal hint when the data cannot tell: comma -> d/m/y, else m/d/y', () => {
    const ambiguous = ['01/03/2024', '02/03/2024'];
    expect(detectDateOrder(ambiguous, ',')).toBe('dmy');
    expect(detectDateOrder(ambiguous, '.')).toBe('mdy');
    expect(detectDateOrder(ambiguous)).toBe('mdy');
  });

  it('reads ambiguous dotted dates as d/m/y', () => {
    expect(detectDateOrder(['01.03.2024', '02.03.2024'], '.')).toBe('dmy');
  });

  it('says ymd for columns without year-last numeric dates', () => {
    expect(detectDateOrder(['2024-03-01', '2024年3月1日'])).toBe('ymd');
  });
});
