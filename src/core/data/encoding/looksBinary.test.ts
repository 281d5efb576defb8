import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectEncoding, looksBinary } from './detectEncoding';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Deterministic pseudo-random bytes (xorshift32), so the test never flakes. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const PNG_HEADER = Uint8Array.of(
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0x00,
  0x00,
  0x00,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
);

describe('looksBinary', () => {
  it.each([
    ['a PNG header', PNG_HEADER],
    ['a zip archive', zipSync({ 'data.csv': utf8('id,name\n1,Ann\n') })],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['an ELF executable', Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00)],
    ['random bytes', randomBytes(4096, 12345)],
    ['text with a NUL byte', utf8('id,name\n1,Ann\u0000\n')],
    ['text full of control characters', utf8('a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006g\u0007')],
  ])('flags %s', (_, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
  });

  it.each([
    ['a CSV with tabs and CRLF', utf8('id\tname\r\n1\tAnn\r\n')],
    ['one stray control character in a long line', utf8(`${'x'.repeat(200)}\u0001\n`)],
    ['an empty file', new Uint8Array(0)],
    [
      'UTF-16LE text without BOM',
      new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'customers-de.utf-16le-nobom.csv'))),
    ],
    [
      'UTF-16BE text with BOM',
      new Uint8Array(
        readFileSync(join(__dirname, 'fixtures', 'excel-unicode-text.utf-16be-bom.csv')),
      ),
    ],
  ])('accepts %s', (_, bytes) => {
    expect(looksBinary(bytes)).toBe(false);
  });

  it('makes detectEncoding refuse binary files', () => {
    expect(detectEncoding(PNG_HEADER, false)).toEqual({
      ok: false,
      error: { code: 'binary-file' },
    });
    expect(detectEncoding(randomBytes(65536, 99), false)).toEqual({
      ok: false,
      error: { code: 'binary-file' },
    });
  });
});
