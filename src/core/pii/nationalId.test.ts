import { describe, expect, it } from 'vitest';
import {
  idCheckCharacter,
  isBirthDate,
  isChineseResidentId,
  isResidentIdNumberValue,
} from './nationalId';

// Check characters computed independently (ISO 7064 MOD 11-2 in Python).
const VALID = [
  '11010519491231002X',
  '440304198506123412',
  '310115199003071239',
  '110105200002290013',
];

describe('Chinese resident IDs', () => {
  it('accepts IDs with a valid region, birth date and check character (x or X)', () => {
    for (const id of [...VALID, '11010519491231002x'])
      expect(isChineseResidentId(id), id).toBe(true);
  });
  it('computes the MOD 11-2 check character, X standing for 10', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('44030419850612341')).toBe('2');
  });
  it('rejects order numbers of the same length whose check digit is wrong', () => {
    for (const id of ['110105194912310021', '440304198506123411', '202403150000123456']) {
      expect(isChineseResidentId(id), id).toBe(false);
    }
  });
  it('rejects impossible birth dates even with a matching check character', () => {
    const first17 = '11010519900230123'; // 30 February
    expect(isChineseResidentId(first17 + idCheckCharacter(first17))).toBe(false);
    expect(isBirthDate('20000229')).toBe(true);
    expect(isBirthDate('19000229')).toBe(false);
  });
  it('recognises IDs a spreadsheet stored as numbers by region and birth date', () => {
    expect(isResidentIdNumberValue(Number('440304198506123412'))).toBe(true);
    expect(isResidentIdNumberValue(Number('990304198506123412'))).toBe(false);
    expect(isResidentIdNumberValue(Number('440304198513993412'))).toBe(false);
    expect(isResidentIdNumberValue(123456.5)).toBe(false);
  });
});
