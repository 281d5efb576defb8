import { describe, expect, it } from 'vitest';
import { detectDateOrder } from './dateOrder';
import { parseDateText, type DateOrder } from './parseDateText';
import { profileStrings } from './stringsProfile';
import { parseDateTexts } from './textParsing';

/** A profile of `texts`, each in one row. */
function profileOf(texts: readonly string[]) {
  return profileStrings(
    { codes: Int32Array.from(texts, (_, i) => i), dictionary: texts },
    texts.length,
  );
}

/** What reading the column took before: the order over every text, then each text in it. */
function readOneByOne(texts: readonly string[], decimalHint?: '.' | ',') {
  const order = detectDateOrder(texts, decimalHint);
  return { order, values: texts.map((text) => parseDateText(text, order) ?? NaN) };
}

const ISO_TEXTS = [
  '2024-02-29',
  '2023-02-29',
  '2024-07-29 10:00:24',
  '2024-07-29T10:00:24.123999',
  '2024-01-01T24:00',
  '2024-03-01T01:00:00+08:00',
  '1999-12-31 00:00:01-0500',
];

describe('parseDateTexts', () => {
  it('reads an all-ISO column in year-first order without working the order out', () => {
    const parsed = parseDateTexts(profileOf(ISO_TEXTS), {});
    const expected = readOneByOne(ISO_TEXTS);
    expect(parsed.dateOrder).toBe('ymd');
    expect(Array.from(parsed.values)).toEqual(expected.values);
    expect(parsed.unparsedDistinct).toBe(2); // 2023-02-29 and 24:00 do not exist
  });

  it('works the order out over every text once a year-last date turns up', () => {
    // The day above 12 comes last: the order must come from all texts, not those read so far.
    const texts = ['2024-01-05', '03/04/2024', '04/05/2024 10:30', '25/12/2023'];
    const parsed = parseDateTexts(profileOf(texts), {});
    expect(parsed.dateOrder).toBe('dmy');
    expect(parsed.values[1]).toBe(Date.UTC(2024, 3, 3));
    expect(Array.from(parsed.values)).toEqual(readOneByOne(texts).values);
  });

  it('follows the decimal hint when nothing tells the order, and a given order over both', () => {
    const texts = ['03.04.2024', '05/06/2024', '2024-06-07'];
    expect(parseDateTexts(profileOf(texts), { decimalHint: ',' }).dateOrder).toBe('dmy');
    expect(parseDateTexts(profileOf(texts), { decimalHint: '.' }).dateOrder).toBe('mdy');
    const given = parseDateTexts(profileOf(texts), { order: 'mdy', decimalHint: ',' });
    expect(given.dateOrder).toBe('mdy');
    expect(given.values[0]).toBe(Date.UTC(2024, 2, 4));
  });

  it('gives the values and order of reading one by one, for every kind of date text', () => {
    const texts = [
      ...ISO_TEXTS,
      ' 2024-07-25 ',
      '2024/3/1',
      '2024.03.01 9:05 pm',
      '1 Mar 2024',
      'March 1, 2024',
      '2024年3月1日',
      '2024-7',
      '12/31/99',
      '31.12.99',
      'C114961',
      '45123',
    ];
    for (const hint of ['.', ','] as const) {
      const parsed = parseDateTexts(profileOf(texts), { decimalHint: hint });
      const expected = readOneByOne(texts, hint);
      expect(parsed.dateOrder, hint).toBe(expected.order);
      expect(Array.from(parsed.values), hint).toEqual(expected.values);
    }
    for (const order of ['ymd', 'dmy', 'mdy'] as const satisfies readonly DateOrder[]) {
      const parsed = parseDateTexts(profileOf(texts), { order });
      expect(Array.from(parsed.values), order).toEqual(
        texts.map((t) => parseDateText(t, order) ?? NaN),
      );
    }
  });

  it('counts rows of texts that are no date, and stops once too many distinct ones failed', () => {
    const profile = profileStrings(
      { codes: Int32Array.of(0, 0, 1, 2, 3, 4), dictionary: ['x', '2024-01-01', 'y', 'z', 'w'] },
      6,
    );
    const all = parseDateTexts(profile, {});
    expect([all.unparsedDistinct, all.unparsedRows]).toEqual([4, 5]);
    const early = parseDateTexts(profile, {}, 1);
    expect([early.unparsedDistinct, early.unparsedRows]).toEqual([2, 3]); // 'x' twice, 'y'
  });
});
