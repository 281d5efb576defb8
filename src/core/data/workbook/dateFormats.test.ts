import { describe, expect, it } from 'vitest';
import { isDateFormatCode, isDateFormatId } from './dateFormats';

describe('isDateFormatCode', () => {
  it.each([
    'yyyy-mm-dd',
    'd/m/yy',
    'mmm d, yyyy',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[mm]:ss',
    '[$-804]yyyy"年"m"月"d"日"',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[Red]dd/mm/yyyy;@',
    'YYYY-MM-DD HH:MM:SS',
  ])('sees a date or time in %s', (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  it.each([
    'General',
    '0.00',
    '#,##0.00;[Red]-#,##0.00',
    '"yyyy"0',
    '0.0\\d',
    '0_m',
    '0*s',
    '[Red][$-804]General',
    '0.00E+00',
    '@',
    '"days: "0',
    '[$€-407] #,##0.00',
  ])('sees no date in %s', (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });
});

describe('isDateFormatId', () => {
  it('knows the built-in date ids, CJK ones included, when the workbook defines no code for them', () => {
    const none = new Map<number, string>();
    const dateIds = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 55, 58];
    expect(dateIds.filter((id) => !isDateFormatId(id, none))).toEqual([]);
    const otherIds = [0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164];
    expect(otherIds.filter((id) => isDateFormatId(id, none))).toEqual([]);
  });

  it('trusts the workbook code for an id over the built-in meaning', () => {
    expect(isDateFormatId(164, new Map([[164, 'dd.mm.yyyy']]))).toBe(true);
    expect(isDateFormatId(14, new Map([[14, '0.00']]))).toBe(false);
  });
});
