import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EncodingName } from '../importTypes';
import { bomLengthFor, createUtf8Transcoder, decodeSample } from './detectEncoding';

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));

/** Transcodes `chunks` and returns the UTF-8 text, or the error code of the first failure. */
function transcode(
  encoding: EncodingName,
  bomLength: number,
  chunks: readonly Uint8Array[],
): string {
  const transcoder = createUtf8Transcoder(encoding, bomLength);
  const parts: number[] = [];
  for (const chunk of chunks) {
    const result = transcoder.push(chunk);
    if (!result.ok) return `error:${result.error.code}`;
    parts.push(...result.value);
  }
  const last = transcoder.finish();
  if (!last.ok) return `error:${last.error.code}`;
  parts.push(...last.value);
  return new TextDecoder().decode(Uint8Array.from(parts));
}

/** Every way of cutting `bytes` into two chunks. */
const allSplits = (bytes: Uint8Array) =>
  Array.from({ length: bytes.length + 1 }, (_, at) => [bytes.subarray(0, at), bytes.subarray(at)]);

describe('createUtf8Transcoder for UTF-8', () => {
  const text = 'a€b😀c中';

  it('keeps every character whatever the chunk boundaries', () => {
    for (const chunks of allSplits(utf8(text))) expect(transcode('utf-8', 0, chunks)).toBe(text);
  });

  it('drops a BOM split over one-byte chunks, but keeps a U+FEFF later in the text', () => {
    const bytes = utf8('\ufeffname\ufeff');
    const oneByteChunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(transcode('utf-8', 3, oneByteChunks)).toBe('name\ufeff');
  });

  it('passes ASCII chunks through without copying', () => {
    const chunk = utf8('id,name\n1,Ann\n');
    const result = createUtf8Transcoder('utf-8', 0).push(chunk);
    expect(result.ok && result.value).toBe(chunk);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80, 0x62]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a lead byte followed by ASCII', [0xe4, 0x41, 0x42]],
    ['a GBK name', [0xd5, 0xc5, 0xce, 0xb0]],
  ])('fails on %s instead of writing U+FFFD', (_, bytes) => {
    expect(transcode('utf-8', 0, [utf8('ok,'), Uint8Array.from(bytes)])).toBe(
      'error:no-clean-encoding',
    );
  });

  it('fails when the file ends inside a character', () => {
    expect(transcode('utf-8', 0, [utf8('ab'), Uint8Array.of(0xe4, 0xb8)])).toBe(
      'error:no-clean-encoding',
    );
  });

  it('keeps failing after the first failure', () => {
    const transcoder = createUtf8Transcoder('utf-8', 0);
    expect(transcoder.push(Uint8Array.of(0xff)).ok).toBe(false);
    expect(transcoder.push(utf8('fine')).ok).toBe(false);
    expect(transcoder.finish().ok).toBe(false);
  });
});

describe('createUtf8Transcoder for other encodings', () => {
  it('joins UTF-16 surrogate pairs split at every byte', () => {
    const bytes = Uint8Array.of(0x3d, 0xd8, 0x00, 0xde, 0x41, 0x00); // 😀A in UTF-16LE
    for (const chunks of allSplits(bytes)) expect(transcode('utf-16le', 0, chunks)).toBe('😀A');
  });

  it('fails on a lone UTF-16 surrogate and on an odd byte at the end', () => {
    expect(transcode('utf-16le', 0, [Uint8Array.of(0x3d, 0xd8, 0x41, 0x00)])).toBe(
      'error:no-clean-encoding',
    );
    expect(transcode('utf-16le', 0, [Uint8Array.of(0x41, 0x00, 0x42)])).toBe(
      'error:no-clean-encoding',
    );
  });

  it('decodes windows-1252 punctuation as browsers do, not as Latin-1', () => {
    expect(transcode('windows-1252', 0, [Uint8Array.of(0x80, 0x20, 0x93, 0x61, 0x94, 0x92)])).toBe(
      '€ “a”’',
    );
  });

  it.each<[string, EncodingName]>([
    ['customers-zh-hans.gb18030.csv', 'utf-8'],
    ['customers-zh-hant.big5.csv', 'utf-8'],
    ['customers-ja.shift_jis.csv', 'big5'],
    ['customers-zh-hans.gb18030.csv', 'shift_jis'],
    ['excel-unicode-text.utf-16le-bom.csv', 'utf-8'],
    ['customers-zh-hant.big5.csv', 'utf-16le'],
  ])('refuses %s forced as %s', (name, forced) => {
    const bytes = fixture(name);
    expect(transcode(forced, bomLengthFor(bytes, forced), [bytes])).toBe('error:no-clean-encoding');
  });
});

describe('bomLengthFor', () => {
  it('finds only the BOM of the forced encoding', () => {
    const bytes = fixture('excel-unicode-text.utf-16le-bom.csv');
    expect(bomLengthFor(bytes, 'utf-16le')).toBe(2);
    expect(bomLengthFor(bytes, 'utf-16be')).toBe(0);
    expect(bomLengthFor(fixture('customers-zh-hans.utf-8-bom.csv'), 'utf-8')).toBe(3);
  });
});

describe('decodeSample', () => {
  it('drops a character cut by the end of the sample instead of showing U+FFFD', () => {
    const bytes = utf8('name,城市');
    const guess = { encoding: 'utf-8', confidence: 'clean', bomLength: 0 } as const;
    expect(decodeSample(bytes.subarray(0, bytes.length - 1), guess, false)).toBe('name,城');
  });

  it('skips the BOM it was told about', () => {
    const guess = { encoding: 'utf-16le', confidence: 'bom', bomLength: 2 } as const;
    expect(decodeSample(Uint8Array.of(0xff, 0xfe, 0x41, 0x00), guess, true)).toBe('A');
  });
});
