import { describe, expect, it } from 'vitest';
import { isAscii, utf16FromNulPattern, utf8CompleteLength } from './byteSignals';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('utf8CompleteLength', () => {
  it.each([
    ['ASCII', utf8('abc'), 3],
    ['a whole 3-byte character', utf8('a中'), 4],
    ['a 3-byte character missing one byte', utf8('a中').subarray(0, 3), 1],
    ['a 4-byte character missing one byte', utf8('a😀').subarray(0, 4), 1],
    ['a lead byte alone', Uint8Array.of(0x61, 0xf0), 1],
    ['stray continuation bytes (left for the validator)', Uint8Array.of(0x80, 0x80, 0x80, 0x80), 4],
  ])('handles %s', (_, bytes, expected) => {
    expect(utf8CompleteLength(bytes)).toBe(expected);
  });
});

describe('utf16FromNulPattern', () => {
  it('needs NULs on one side only', () => {
    expect(utf16FromNulPattern(Uint8Array.of(0x61, 0, 0x62, 0, 0x63, 0))).toBe('utf-16le');
    expect(utf16FromNulPattern(Uint8Array.of(0, 0x61, 0, 0x62, 0, 0x63))).toBe('utf-16be');
    expect(utf16FromNulPattern(Uint8Array.of(0, 0, 0, 0, 0x61, 0x62))).toBeNull();
    expect(utf16FromNulPattern(utf8('plain text'))).toBeNull();
  });
});

describe('isAscii', () => {
  it('tells 7-bit bytes from the rest', () => {
    expect(isAscii(utf8('id,name\n'))).toBe(true);
    expect(isAscii(utf8('café'))).toBe(false);
  });

  it('finds a high byte at any position of an unaligned view', () => {
    const buffer = new Uint8Array(64).fill(0x41);
    for (let offset = 0; offset < 4; offset++) {
      for (let at = offset; at < 64; at++) {
        buffer[at] = 0xe9;
        expect(isAscii(buffer.subarray(offset))).toBe(false);
        expect(isAscii(buffer.subarray(offset, at))).toBe(true);
        buffer[at] = 0x41;
      }
    }
  });
});
