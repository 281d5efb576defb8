import { describe, expect, it } from 'vitest';
import { UnquotedBytes } from './unquotedBytes';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The text UnquotedBytes gives for the quoted field that opens `field`. */
function unquote(unquoted: UnquotedBytes, field: string): string {
  const bytes = encode(field);
  let close = 1;
  while (bytes[close] !== 34 || bytes[close + 1] === 34) close += bytes[close] === 34 ? 2 : 1;
  const length = unquoted.write(bytes, 1, close, close + 1, bytes.length);
  return decode(unquoted.bytes.subarray(0, length));
}

describe('UnquotedBytes', () => {
  it('makes doubled quotes one, at the start, middle and end of the field', () => {
    const unquoted = new UnquotedBytes();
    expect(unquote(unquoted, '"He said ""perfect"", ordered again"')).toBe(
      'He said "perfect", ordered again',
    );
    expect(unquote(unquoted, '""""')).toBe('"');
    expect(unquote(unquoted, '"""a"""')).toBe('"a"');
  });

  it('keeps what follows the closing quote, as spreadsheet programs do', () => {
    expect(unquote(new UnquotedBytes(), '"q"tail')).toBe('qtail');
    expect(unquote(new UnquotedBytes(), '"a""b"c"d')).toBe('a"bc"d');
  });

  it('keeps multi-byte characters whole', () => {
    expect(unquote(new UnquotedBytes(), '"\u5317\u4eac ""\u{1F600}"""')).toBe(
      '\u5317\u4eac "\u{1F600}"',
    );
  });

  it('grows its buffer for a long field and reuses it for the next', () => {
    const unquoted = new UnquotedBytes();
    const long = 'x'.repeat(5000);
    expect(unquote(unquoted, `"${long}""${long}"`)).toBe(`${long}"${long}`);
    const grown = unquoted.bytes;
    expect(grown.length).toBeGreaterThanOrEqual(10001);
    expect(unquote(unquoted, '"a""b"')).toBe('a"b');
    expect(unquoted.bytes).toBe(grown);
  });
});
