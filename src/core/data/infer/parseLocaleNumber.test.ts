import { describe, expect, it } from 'vitest';
import { decideDecimal, decimalEvidence, parseLocaleNumber } from './parseLocaleNumber';

const dot = { decimal: '.' } as const;
const comma = { decimal: ',' } as const;
const valueOf = (text: string, format: { decimal: '.' | ',' } = dot) =>
  parseLocaleNumber(text, format)?.value;

describe('parseLocaleNumber', () => {
  it('reads plain numbers, signs and exponents', () => {
    expect(valueOf('42')).toBe(42);
    expect(valueOf('-3.5')).toBe(-3.5);
    expect(valueOf('+7')).toBe(7);
    expect(valueOf('.5')).toBe(0.5);
    expect(valueOf('1.5e3')).toBe(1500);
    expect(valueOf('-0')).toBe(0);
  });

  it('reads English thousands separators', () => {
    expect(valueOf('1,234,567')).toBe(1234567);
    expect(valueOf('1,234.56')).toBe(1234.56);
  });

  it('reads German and French formats with a decimal comma', () => {
    expect(valueOf('1.234.567,89', comma)).toBe(1234567.89);
    expect(valueOf('0,5', comma)).toBe(0.5);
    expect(valueOf('1 234,5', comma)).toBe(1234.5);
    expect(valueOf('1\u00a0234,5', comma)).toBe(1234.5); // no-break space
    expect(valueOf('1\u202f234\u202f567,25', comma)).toBe(1234567.25); // narrow no-break space
  });

  it('reads Swiss apostrophe groups', () => {
    expect(valueOf("1'234.5")).toBe(1234.5);
    expect(valueOf('1’234’567.5')).toBe(1234567.5);
  });

  it('rejects groups that are not three digits or mix separators', () => {
    expect(valueOf('12,34')).toBeUndefined();
    expect(valueOf('1,234 567')).toBeUndefined();
    expect(valueOf('0,123')).toBeUndefined();
    expect(valueOf('1.234,5')).toBeUndefined(); // decimal comma under a dot reading
    expect(valueOf('1,5', comma)).toBe(1.5);
  });

  it('strips currency before or after the number', () => {
    expect(valueOf('$1,234.50')).toBe(1234.5);
    expect(valueOf('¥88')).toBe(88);
    expect(valueOf('￥88')).toBe(88); // full-width yen
    expect(valueOf('1.234,56 €', comma)).toBe(1234.56);
    expect(valueOf('£ 12')).toBe(12);
    expect(valueOf('RMB 1,000')).toBe(1000);
    expect(valueOf('CNY1000')).toBe(1000);
    expect(valueOf('eur 5')).toBe(5);
    expect(valueOf('100 USD')).toBe(100);
    expect(valueOf('100元')).toBe(100);
    expect(valueOf('-$5')).toBe(-5);
    expect(valueOf('$-5')).toBe(-5);
    expect(valueOf('$5€')).toBeUndefined();
  });

  it('reads percent as a fraction and reports the scale', () => {
    expect(parseLocaleNumber('12.5%', dot)).toEqual({ value: 0.125, scale: 0.01 });
    expect(valueOf('12,5 %', comma)).toBe(0.125);
    expect(valueOf('-3%')).toBe(-0.03);
    expect(valueOf('７％')).toBe(0.07); // full-width digit and percent
  });

  it('reads accounting negatives in parentheses', () => {
    expect(valueOf('(1,234)')).toBe(-1234);
    expect(valueOf('($1,234.50)')).toBe(-1234.5);
    expect(valueOf('(-5)')).toBeUndefined();
  });

  it('reads the Unicode minus and full-width digits', () => {
    expect(valueOf('\u22125')).toBe(-5);
    expect(valueOf('１２３')).toBe(123);
    expect(valueOf('－１２．５')).toBe(-12.5);
  });

  it('reads Chinese units 万 and 亿', () => {
    expect(parseLocaleNumber('1.2万', dot)).toEqual({ value: 12000, scale: 1e4 });
    expect(parseLocaleNumber('3亿', dot)).toEqual({ value: 300_000_000, scale: 1e8 });
    expect(valueOf('1.5万元')).toBe(15000);
    expect(valueOf('万')).toBeUndefined();
    expect(valueOf('1万%')).toBeUndefined();
  });

  it('rejects text that is not a number', () => {
    for (const text of ['', 'abc', '12abc', '1-2', '2024-03-01', '1.2.3', '$', '%', '5..5', 'e5']) {
      expect(parseLocaleNumber(text, dot), text).toBeNull();
    }
  });

  it('rejects numbers beyond the double range instead of reading them as Infinity', () => {
    const huge = '9'.repeat(400);
    for (const text of ['1e309', '-1e309', '1.5E400', huge, `${huge}.5`, `$${huge}`, '1e305万']) {
      expect(parseLocaleNumber(text, dot), text).toBeNull();
    }
    expect(parseLocaleNumber('1,5e309', comma)).toBeNull();
    expect(valueOf('1e308')).toBe(1e308);
  });

  it('reads leading zeros as the number (the column decides whether that is wanted)', () => {
    expect(valueOf('00123')).toBe(123);
  });
});

describe('decimalEvidence', () => {
  it.each([
    ['1.234,56', ','],
    ['1,234.56', '.'],
    ['0,5', ','],
    ['0.5', '.'],
    ['12,75', ','],
    ['1.234.567', ','],
    ['1,234,567', '.'],
    ["1'234", '.'],
    ['1234,567', ','],
    ['1 234,567', ','],
    ['1,234', null],
    ['1.234', null],
    ['1234', null],
    ['abc', null],
  ] as const)('%j tells %j', (text, expected) => {
    expect(decimalEvidence(text)).toBe(expected);
  });
});

describe('decideDecimal', () => {
  it('follows the evidence of the column', () => {
    expect(decideDecimal(['1.234', '0,5'])).toBe(',');
    expect(decideDecimal(['1,234', '2.5'], ',')).toBe('.');
  });

  it('lets ambiguous "1,234" follow the file hint, dot by default', () => {
    expect(decideDecimal(['1,234', '5'])).toBe('.');
    expect(decideDecimal(['1,234', '5'], ',')).toBe(',');
  });

  it('lets the majority win when values disagree', () => {
    expect(decideDecimal(['0,5', '1,25', '2.5'])).toBe(',');
  });
});
