import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EncodingName } from '../importTypes';
import { createUtf8Transcoder, decodeSample, detectEncoding } from './detectEncoding';

// Fixtures are written by scripts/make-encoding-fixtures.sh: fixtures/<source>.<label>.csv is
// fixtures/sources/<source>.csv converted by iconv; the label says what detection must find.
const FIXTURES = join(__dirname, 'fixtures');
const LABELS = new Map<string, { encoding: EncodingName; bomLength: number }>([
  ['utf-8', { encoding: 'utf-8', bomLength: 0 }],
  ['utf-8-bom', { encoding: 'utf-8', bomLength: 3 }],
  ['utf-16le-bom', { encoding: 'utf-16le', bomLength: 2 }],
  ['utf-16be-bom', { encoding: 'utf-16be', bomLength: 2 }],
  ['utf-16le-nobom', { encoding: 'utf-16le', bomLength: 0 }],
  ['gb18030', { encoding: 'gb18030', bomLength: 0 }],
  ['gbk', { encoding: 'gb18030', bomLength: 0 }],
  ['big5', { encoding: 'big5', bomLength: 0 }],
  ['shift_jis', { encoding: 'shift_jis', bomLength: 0 }],
  ['cp932', { encoding: 'shift_jis', bomLength: 0 }],
  ['windows-1252', { encoding: 'windows-1252', bomLength: 0 }],
]);

const read = (path: string) => new Uint8Array(readFileSync(path));

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.csv') && !name.startsWith('mixed-'))
  .map((name) => {
    const [source = '', label = ''] = name.replace(/\.csv$/, '').split(/\.(?=[^.]+$)/);
    const expected = LABELS.get(label);
    if (expected === undefined) throw new Error(`fixture ${name} has an unknown label`);
    return {
      name,
      expected,
      bytes: read(join(FIXTURES, name)),
      source: read(join(FIXTURES, 'sources', `${source}.csv`)),
    };
  });

/** Pushes `bytes` in chunks of the given sizes (cycled) and joins the UTF-8 output. */
function transcodeInChunks(
  bytes: Uint8Array,
  encoding: EncodingName,
  bomLength: number,
  sizes: readonly number[],
): Uint8Array | string {
  const transcoder = createUtf8Transcoder(encoding, bomLength);
  const parts: Uint8Array[] = [];
  let turn = 0;
  for (let start = 0; start < bytes.length; turn++) {
    const end = Math.min(bytes.length, start + (sizes[turn % sizes.length] ?? 1));
    const result = transcoder.push(bytes.subarray(start, end));
    if (!result.ok) return result.error.code;
    parts.push(result.value);
    start = end;
  }
  const last = transcoder.finish();
  if (!last.ok) return last.error.code;
  parts.push(last.value);
  return Uint8Array.from(parts.flatMap((part) => Array.from(part)));
}

describe('encoding fixtures', () => {
  it('has a fixture for every supported encoding', () => {
    const found = new Set(fixtures.map((fixture) => fixture.expected.encoding));
    expect([...found].sort()).toEqual(
      ['big5', 'gb18030', 'shift_jis', 'utf-16be', 'utf-16le', 'utf-8', 'windows-1252'].sort(),
    );
  });

  it('detects every fixture correctly (accuracy over all fixtures)', () => {
    const misses = fixtures.filter((fixture) => {
      const guess = detectEncoding(fixture.bytes, true);
      return !guess.ok || guess.value.encoding !== fixture.expected.encoding;
    });
    console.info(
      `encoding detection: ${fixtures.length - misses.length}/${fixtures.length} fixtures`,
    );
    expect(misses.map((fixture) => fixture.name)).toEqual([]);
  });

  describe.each(fixtures)('$name', ({ bytes, source, expected }) => {
    it('is detected with its BOM length', () => {
      const guess = detectEncoding(bytes, true);
      expect(guess.ok && guess.value.encoding).toBe(expected.encoding);
      expect(guess.ok && guess.value.bomLength).toBe(expected.bomLength);
      const confidence = guess.ok ? guess.value.confidence : null;
      if (expected.bomLength > 0) expect(confidence).toBe('bom');
      else expect(['clean', 'guess']).toContain(confidence);
    });

    it('is detected from a sample cut in the middle of a character', () => {
      // UTF-16: an odd length cuts a code unit. Others: drop the last byte of the last non-ASCII character.
      const utf16 = expected.encoding.startsWith('utf-16');
      const cut = utf16 ? Math.floor(bytes.length / 2) | 1 : bytes.findLastIndex((b) => b >= 0x80);
      const sample = bytes.subarray(0, cut);
      const guess = detectEncoding(sample, false);
      // A sample left with only ASCII is rightly read as UTF-8.
      const asciiOnly = expected.bomLength === 0 && sample.every((byte) => byte < 0x80);
      expect(guess.ok && guess.value.encoding).toBe(asciiOnly ? 'utf-8' : expected.encoding);
    });

    it.each([[[1_000_000]], [[1]], [[3, 5, 7]], [[2, 1]]])(
      'round-trips in chunks of %j',
      (sizes) => {
        expect(transcodeInChunks(bytes, expected.encoding, expected.bomLength, sizes)).toEqual(
          source,
        );
      },
    );

    it('decodes its whole sample to the source text', () => {
      const guess = { ...expected, confidence: 'guess' as const };
      expect(decodeSample(bytes, guess, true)).toBe(new TextDecoder().decode(source));
    });
  });
});

describe('a file that changes encoding halfway (UTF-8, then GBK)', () => {
  const bytes = read(join(FIXTURES, 'mixed-utf8-then-gbk.csv'));

  it('is refused, naming the line where it changes, when the sample covers the change', () => {
    expect(detectEncoding(bytes, true)).toEqual({
      ok: false,
      error: { code: 'mixed-encoding', row: 5 },
    });
  });

  it('fails while streaming when only its UTF-8 start was sampled', () => {
    const firstLines = bytes.subarray(0, bytes.indexOf(0x0a, 200));
    const guess = detectEncoding(firstLines, false);
    expect(guess.ok && guess.value.encoding).toBe('utf-8');
    expect(transcodeInChunks(bytes, 'utf-8', 0, [64])).toBe('mixed-encoding');
    expect(transcodeInChunks(bytes, 'utf-8', 0, [1])).toBe('mixed-encoding');
  });
});

describe('per-line detection of the legacy fixtures (the short-file hard case)', () => {
  it('detects at least 95% of single non-ASCII lines on their own', () => {
    let lines = 0;
    let correct = 0;
    for (const fixture of fixtures.filter(
      (f) => f.expected.encoding !== 'utf-8' && !f.expected.encoding.startsWith('utf-16'),
    )) {
      let start = 0;
      for (let i = 0; i <= fixture.bytes.length; i++) {
        if (i < fixture.bytes.length && fixture.bytes[i] !== 0x0a) continue;
        const line = fixture.bytes.subarray(start, i);
        start = i + 1;
        if (line.every((byte) => byte < 0x80)) continue;
        lines++;
        const guess = detectEncoding(line, true);
        if (guess.ok && guess.value.encoding === fixture.expected.encoding) correct++;
      }
    }
    console.info(`per-line encoding detection: ${correct}/${lines} lines`);
    expect(lines).toBeGreaterThan(50);
    expect(correct / lines).toBeGreaterThanOrEqual(0.95);
  });
});
