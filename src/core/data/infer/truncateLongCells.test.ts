import { describe, expect, it } from 'vitest';
import type { RawColumn } from '../table';
import { truncateLongCells } from './truncateLongCells';

const strings = (codes: number[], dictionary: string[]): RawColumn => ({
  kind: 'strings',
  codes: Int32Array.from(codes),
  dictionary,
});

describe('truncateLongCells', () => {
  it('leaves numbers and short text untouched (the same column object)', () => {
    const numbers: RawColumn = { kind: 'numbers', values: Float64Array.from([1, 2]) };
    const short = strings([0, 1, -1], ['a', 'bb']);
    expect(truncateLongCells(numbers, 2)).toEqual({ column: numbers, truncated: 0 });
    expect(truncateLongCells(short, 2).column).toBe(short);
  });

  it('cuts long text and counts every cell that held it', () => {
    const result = truncateLongCells(strings([0, 1, 0, -1], ['abcdef', 'ok']), 3);
    expect(result.truncated).toBe(2);
    expect(result.column).toEqual(strings([0, 1, 0, -1], ['abc', 'ok']));
  });

  it('merges texts that become equal once cut, so levels stay distinct', () => {
    const result = truncateLongCells(strings([0, 1, 2], ['abcX', 'abcY', 'abc']), 3);
    expect(result.column).toEqual(strings([0, 0, 0], ['abc']));
    expect(result.truncated).toBe(2);
  });

  it('never splits an emoji in half', () => {
    const result = truncateLongCells(strings([0], ['ab😀c']), 3);
    expect(result.column).toEqual(strings([0], ['ab']));
  });
});
