import { describe, expect, it } from 'vitest';
import { createUtf8Transcoder } from './transcoder';
import { countLineBreaks, utf8Prefix } from './utf8Prefix';

const utf8 = (text: string) => new TextEncoder().encode(text);
// "中文" in GBK.
const GBK = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('utf8Prefix', () => {
  it('reads valid UTF-8 to the end, counting multi-byte characters', () => {
    expect(utf8Prefix(utf8('a,上海\n€'))).toEqual({ validUntil: 12, multibyte: 3 });
  });

  it('stops at the first byte that breaks UTF-8', () => {
    expect(utf8Prefix(join(utf8('上海\n'), GBK))).toEqual({ validUntil: 7, multibyte: 2 });
    expect(utf8Prefix(Uint8Array.from([0x61, 0x80]))).toEqual({ validUntil: 1, multibyte: 0 });
  });

  it('accepts a character cut by the end', () => {
    expect(utf8Prefix(utf8('上').subarray(0, 2))).toEqual({ validUntil: 2, multibyte: 1 });
  });
});

describe('countLineBreaks', () => {
  it('counts LF before an offset', () => {
    expect(countLineBreaks(utf8('a\nb\nc\n'), 4)).toBe(2);
    expect(countLineBreaks(utf8('a\nb\nc\n'))).toBe(3);
  });
});

describe('a UTF-8 stream that turns into GBK', () => {
  it('names the line where it turns, across chunks', () => {
    const text = join(utf8('name,city\n城市,上海\n北京,天津\n'), GBK, utf8('\n'));
    const transcoder = createUtf8Transcoder('utf-8', 0);
    const results = [transcoder.push(text.subarray(0, 12)), transcoder.push(text.subarray(12))];
    expect(results[1]).toEqual({ ok: false, error: { code: 'mixed-encoding', row: 4 } });
    expect(transcoder.finish()).toEqual({ ok: false, error: { code: 'mixed-encoding', row: 4 } });
  });

  it('says no clean encoding when nothing before the bad byte proved UTF-8', () => {
    const transcoder = createUtf8Transcoder('utf-8', 0);
    expect(transcoder.push(join(utf8('a,b\n'), GBK))).toEqual({
      ok: false,
      error: { code: 'no-clean-encoding' },
    });
  });
});
