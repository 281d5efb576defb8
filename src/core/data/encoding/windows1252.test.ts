import { describe, expect, it } from 'vitest';
import { decodeWindows1252, isUnassignedWindows1252 } from './windows1252';

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the WHATWG windows-1252 characters', () => {
    const high = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(high)).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
  });

  it('maps every other byte to the code point of the same value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i).filter(
      (b) => b < 0x80 || b >= 0xa0,
    );
    expect(Array.from(decodeWindows1252(bytes), (c) => c.charCodeAt(0))).toEqual(Array.from(bytes));
  });

  it('decodes inputs longer than one internal block', () => {
    const bytes = new Uint8Array(20000).fill(0xe9);
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(20000));
  });

  it('names the five unassigned bytes', () => {
    const unassigned = Array.from(decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i)))
      .filter(isUnassignedWindows1252)
      .map((c) => c.charCodeAt(0).toString(16));
    expect(unassigned).toEqual(['81', '8d', '8f', '90', '9d']);
  });
});
