import { describe, expect, it } from 'vitest';
import { fromStringBlocks, toStringBlocks } from './stringBlocks';

describe('string blocks', () => {
  it('round-trips text code unit for code unit', () => {
    const list = ['', '__proto__', 'lone \ud800', '\udc00x', '🌏', 'nul\u0000', 'x'.repeat(20_000)];
    const blocks = toStringBlocks(list);
    expect(blocks).not.toBeNull();
    expect(fromStringBlocks(blocks!)).toEqual(list);
  });

  it('refuses lists that hold anything but text', () => {
    expect(toStringBlocks(['a', 1])).toBeNull();
  });

  it('refuses ends that go backwards, past the units, or stop short of them', () => {
    const units = Uint16Array.of(97, 98, 99);
    expect(fromStringBlocks({ units, ends: Int32Array.of(2, 1, 3) })).toBeNull();
    expect(fromStringBlocks({ units, ends: Int32Array.of(1, 4) })).toBeNull();
    expect(fromStringBlocks({ units, ends: Int32Array.of(1, 2) })).toBeNull();
    expect(fromStringBlocks({ units, ends: Int32Array.of(1, 3) })).toEqual(['a', 'bc']);
  });
});
