import { describe, expect, it } from 'vitest';
import { isMissingToken } from './missingTokens';

describe('isMissingToken', () => {
  it.each([
    '',
    '   ',
    '\t',
    'NA',
    'na',
    'N/A',
    'n/a',
    '#N/A',
    'NULL',
    'null',
    'Null',
    '-',
    '?',
    'NaN',
    'nan',
    ' NA ',
  ])('treats %j as missing', (text) => {
    expect(isMissingToken(text)).toBe(true);
  });

  it.each(['0', 'none', 'N', 'NAB', 'nano', '--5', 'n/a/b', 'Nathan', '-1'])(
    'keeps %j as a value',
    (text) => {
      expect(isMissingToken(text)).toBe(false);
    },
  );
});
