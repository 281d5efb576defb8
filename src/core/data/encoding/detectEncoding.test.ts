import { describe, expect, it } from 'vitest';
import { detectEncoding, scoreLegacyEncodings } from './detectEncoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const utf16le = (text: string) =>
  Uint8Array.from(Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const guessOf = (bytes: Uint8Array, complete = true) => {
  const result = detectEncoding(bytes, complete);
  return result.ok ? result.value : result.error;
};

describe('detectEncoding', () => {
  it('reads pure ASCII, and an empty file, as clean UTF-8', () => {
    expect(guessOf(utf8('id,name\n1,Ann\n'))).toEqual({
      encoding: 'utf-8',
      confidence: 'clean',
      bomLength: 0,
    });
    expect(guessOf(new Uint8Array(0))).toEqual({
      encoding: 'utf-8',
      confidence: 'clean',
      bomLength: 0,
    });
  });

  it.each([
    [[0xef, 0xbb, 0xbf], 'utf-8', 3],
    [[0xff, 0xfe], 'utf-16le', 2],
    [[0xfe, 0xff], 'utf-16be', 2],
  ] as const)('trusts the BOM %j', (bom, encoding, bomLength) => {
    expect(guessOf(Uint8Array.from(bom))).toEqual({ encoding, confidence: 'bom', bomLength });
  });

  it('refuses a BOM whose body does not decode', () => {
    expect(guessOf(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41, 0xff))).toEqual({
      code: 'no-clean-encoding',
    });
    expect(guessOf(Uint8Array.of(0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00))).toEqual({
      code: 'no-clean-encoding',
    });
  });

  it('recognises UTF-16 without BOM from its NUL bytes, in both byte orders', () => {
    const le = utf16le('name;city\nJürgen;München\n');
    const be = le.map((_, i) => le[i ^ 1] ?? 0);
    expect(guessOf(le)).toMatchObject({ encoding: 'utf-16le', bomLength: 0 });
    expect(guessOf(be)).toMatchObject({ encoding: 'utf-16be', bomLength: 0 });
  });

  it('accepts a UTF-8 character cut by the sample end only when the file goes on', () => {
    const cut = utf8('name,城市').subarray(0, -1);
    expect(guessOf(cut, false)).toMatchObject({ encoding: 'utf-8' });
    expect(guessOf(cut, true)).not.toMatchObject({ encoding: 'utf-8' });
  });

  it('prefers windows-1252 for German names that are also valid GBK bytes', () => {
    const bytes = latin1('Name;Ort\nMüller;Köln\n');
    const scored = scoreLegacyEncodings(bytes, true);
    expect(scored.map((candidate) => candidate.encoding)).toContain('gb18030');
    expect(scored[0]?.encoding).toBe('windows-1252');
    expect(guessOf(bytes)).toEqual({ encoding: 'windows-1252', confidence: 'clean', bomLength: 0 });
  });

  it('refuses high-byte noise rather than guess mojibake', () => {
    let state = 7;
    const noise = Uint8Array.from({ length: 2000 }, (_, i) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return i % 7 === 6 ? 0x2c : 0xa1 + ((state & 0xff) % 94);
    });
    expect(guessOf(noise)).toEqual({ code: 'no-clean-encoding' });
  });
});
