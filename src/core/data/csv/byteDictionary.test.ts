import { describe, expect, it } from 'vitest';
import { ByteDictionary } from './byteDictionary';
import { stringsFromBytes } from './dictionaryText';
import { LookupBatch } from './lookupBatch';

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

  it('finds a value whatever array and byte offset it is read from', () => {
    const dictionary = new ByteDictionary();
    const values = ['2024-07-29 10:00:24', 'C114961', 'abc', '\u5317\u4eac'];
    for (const [i, value] of values.entries()) expect(dictionary.codeOfText(value)).toBe(i);
    for (let shift = 0; shift < 4; shift++) {
      for (const [i, value] of values.entries()) {
        const bytes = encode(`${'#'.repeat(shift)}${value},`);
        expect(dictionary.codeOfBytes(bytes, shift, bytes.length - 1), value).toBe(i);
      }
    }
    expect(dictionary.size).toBe(values.length);
  });

  it('tells apart values equal but for their last byte or their length', () => {
    const values = ['abcdefgh', 'abcdefgi', 'abcdefg', 'abcdefghi', 'abcd', 'abce'];
    const { dictionary, codes } = dictionaryOf([...values, ...values]);
    expect(codes).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
    expect(dictionary.strings()).toEqual(values);
  });
});

describe('ByteDictionary.writeCodes', () => {
  /** The fields of a comma-separated line, as a batch of rows 10, 11, ... */
  function batchOf(line: Uint8Array): LookupBatch {
    const batch = new LookupBatch();
    let start = 0;
    for (let p = 0; p <= line.length; p++) {
      if (p < line.length && line[p] !== 44) continue;
      batch.add(10 + batch.count, line, start, p);
      start = p + 1;
    }
    return batch;
  }

  it('gives the codes that looking up one field after another gives, through a rehash', () => {
    // 240 values, most new and some repeated: the table rehashes in the middle of the batch.
    const values = Array.from({ length: 240 }, (_, i) => (i % 3 === 2 ? `v${i - 2}` : `v${i}`));
    const line = encode(`x,${values.join(',')}`);
    const batched = new ByteDictionary();
    batched.codeOfText('x');
    const codes = new Int32Array(300).fill(-7);
    const batch = batchOf(line);
    batched.writeCodes(batch, codes);
    const { dictionary, codes: oneByOne } = dictionaryOf(['x', ...values]);
    expect(Array.from(codes.subarray(10, 251))).toEqual(oneByOne);
    expect(codes[9]).toBe(-7);
    expect(codes[251]).toBe(-7);
    expect(batched.strings()).toEqual(dictionary.strings());
    expect(batch.count).toBe(0);
  });

  it('finds values already held, in a table sized for many more', () => {
    const dictionary = new ByteDictionary();
    for (const value of ['b', 'a', 'c']) dictionary.codeOfText(value);
    dictionary.reserve(100000);
    const codes = new Int32Array(20);
    dictionary.writeCodes(batchOf(encode('a,c,new,b,new')), codes);
    expect(Array.from(codes.subarray(10, 15))).toEqual([1, 2, 3, 0, 3]);
  });
});

describe('ByteDictionary.of', () => {
  it('holds the values of another dictionary under their codes, and adds new ones after', () => {
    const values = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `\u5317${i}` : `v${i}`));
    const adopted = ByteDictionary.of(dictionaryOf(values).dictionary.bytes());
    expect(adopted.size).toBe(3000);
    expect(adopted.codeOfText('v2999')).toBe(2999);
    expect(adopted.codeOfText('\u53170')).toBe(0);
    expect(adopted.codeOfText('new "quoted", value')).toBe(3000);
    expect(adopted.strings()).toEqual([...values, 'new "quoted", value']);
    expect(adopted.bytes().ascii).toBe(false);
  });

  it('sized for the values to come, gives them the codes that adding in turn gives', () => {
    const first = Array.from({ length: 2000 }, (_, i) => `2024-01-01 00:${i}`);
    const more = Array.from({ length: 6000 }, (_, i) => `2024-01-01 00:${i * 3}`);
    const adopted = ByteDictionary.of(dictionaryOf(first).dictionary.bytes(), 8000);
    const inTurn = dictionaryOf([...first, ...more]);
    expect(more.map((value) => adopted.codeOfText(value))).toEqual(inTurn.codes.slice(2000));
    expect(adopted.strings()).toEqual(inTurn.dictionary.strings());
  });

  it('adopts an empty dictionary or one of ASCII text as it is', () => {
    expect(ByteDictionary.of(new ByteDictionary().bytes()).strings()).toEqual([]);
    const ascii = ByteDictionary.of(dictionaryOf(['a', '', 'b']).dictionary.bytes());
    expect(ascii.codeOfText('')).toBe(1);
    expect(ascii.bytes().ascii).toBe(true);
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
