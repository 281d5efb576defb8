import { describe, expect, it } from 'vitest';
import { ByteDictionary } from './byteDictionary';
import { stringsFromBytes } from './dictionaryText';

const encode = (text: string) => new TextEncoder().encode(text);

/** A dictionary of `values`, each added from the bytes of a line that holds it. */
function dictionaryOf(values: readonly string[]): { dictionary: ByteDictionary; codes: number[] } {
  const dictionary = new ByteDictionary();
  const codes = values.map((value) => {
    const line = encode(`>${value}<`);
    return dictionary.codeOfBytes(line, 1, line.length - 1);
  });
  return { dictionary, codes };
}

describe('ByteDictionary', () => {
  it('gives equal bytes one code, in order of first appearance', () => {
    const { dictionary, codes } = dictionaryOf(['b', 'a', 'b', '', 'a', 'c']);
    expect(codes).toEqual([0, 1, 0, 2, 1, 3]);
    expect(dictionary.strings()).toEqual(['b', 'a', '', 'c']);
    expect(dictionary.codeOfText('a')).toBe(1);
  });

  it('decodes ASCII, accented, CJK and astral text alike', () => {
    const values = ['plain', 'Jos\u00e9', '\u5317\u4eac', 'emoji \u{1F600}!', '', 'x'];
    const { dictionary } = dictionaryOf(values);
    expect(dictionary.strings()).toEqual(values);
    expect(dictionary.bytes().ascii).toBe(false);
    expect(dictionaryOf(['a', 'b']).dictionary.bytes().ascii).toBe(true);
  });

  it('keeps thousands of distinct values apart through its growth', () => {
    const values = Array.from({ length: 5000 }, (_, i) => `id-${i * 7919}`);
    const { dictionary, codes } = dictionaryOf([...values, ...values]);
    expect(codes.slice(5000)).toEqual(codes.slice(0, 5000));
    expect(dictionary.strings()).toEqual(values);
  });
});

describe('stringsFromBytes', () => {
  it('decodes in steps of a few bytes as in one go', () => {
    const values = ['\u00e9t\u00e9', 'abc', '\u{1F600}', 'longer value here', '', 'z'];
    const { dictionary } = dictionaryOf(values);
    for (const step of [1, 2, 3, 5, 8, 1000]) {
      expect(stringsFromBytes(dictionary.bytes(), step)).toEqual(values);
    }
  });
});
