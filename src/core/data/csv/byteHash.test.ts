import { describe, expect, it } from 'vitest';
import { hashBytes, WordReader } from './byteHash';

const encode = (text: string) => new TextEncoder().encode(text);

/** The hash of `text`'s bytes placed `shift` bytes into a larger array, with noise around them. */
function hashAt(text: string, shift: number): number {
  const bytes = encode(text);
  const holder = new Uint8Array(bytes.length + shift + 5).fill(0x5a);
  holder.set(bytes, shift);
  return hashBytes(new WordReader().viewOf(holder), holder, shift, shift + bytes.length);
}

describe('hashBytes', () => {
  it('hashes the same bytes alike wherever they sit, whatever their alignment', () => {
    for (const text of [
      '',
      'a',
      'ab',
      'abc',
      'abcd',
      'abcde',
      '2024-07-29 10:00:24',
      '\u5317\u4eac',
    ]) {
      const hashes = [0, 1, 2, 3, 7].map((shift) => hashAt(text, shift));
      expect(new Set(hashes).size, text).toBe(1);
    }
  });

  it('tells apart values that differ in one byte, in the length, or only in trailing zeros', () => {
    const texts = ['abcd', 'abce', 'bbcd', 'abcd\0', 'abc', 'abcdefgh', 'abcdefgi', '', '\0'];
    expect(new Set(texts.map((text) => hashAt(text, 0))).size).toBe(texts.length);
  });

  it('spreads values that differ only in the last byte of a word over the low bits', () => {
    // Slots are picked by the low bits: a multiply alone would leave byte 3 of a word out of them.
    const lowBits = new Set<number>();
    for (let byte = 0; byte < 256; byte++) {
      const bytes = new Uint8Array([65, 66, 67, byte, 68, 69, 70, 71]);
      lowBits.add(hashBytes(new WordReader().viewOf(bytes), bytes, 0, 8) & 1023);
    }
    expect(lowBits.size).toBeGreaterThan(200);
  });

  it('spreads numbered values (an ID column) evenly over a table of slots', () => {
    const slots = new Int32Array(4096);
    const reader = new WordReader();
    for (let n = 0; n < 4096; n++) {
      const bytes = encode(`C${String(n).padStart(6, '0')}`);
      slots[hashBytes(reader.viewOf(bytes), bytes, 0, bytes.length) & 4095]! += 1;
    }
    // 4,096 random keys in 4,096 slots leave about 1/e of them empty and none very full.
    const empty = slots.filter((count) => count === 0).length;
    expect(empty).toBeGreaterThan(1300);
    expect(empty).toBeLessThan(1700);
    expect(Math.max(...slots)).toBeLessThan(10);
  });
});

describe('WordReader', () => {
  it('keeps its view while given the same array and makes a new one for another', () => {
    const reader = new WordReader();
    const a = new Uint8Array(8);
    const b = a.subarray(2);
    const view = reader.viewOf(a);
    expect(reader.viewOf(a)).toBe(view);
    const other = reader.viewOf(b);
    expect(other).not.toBe(view);
    expect(other.byteOffset).toBe(2);
    expect(other.byteLength).toBe(6);
  });
});
