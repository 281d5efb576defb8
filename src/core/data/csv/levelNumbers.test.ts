import { describe, expect, it } from 'vitest';
import { codesColumn } from '../infer/column';
import type { Column } from '../table';
import { levelsFromNumbers, numbersBehindLevels } from './levelNumbers';

const numbers = (...values: number[]) => ({
  kind: 'numbers' as const,
  values: Float64Array.from(values),
});

function idColumn(values: number[], codes: number[], levels: string[]): Column {
  return codesColumn('order_id', 'id', numbers(...values), Int32Array.from(codes), levels, {});
}

describe('numbersBehindLevels', () => {
  it('gives the number behind each level, which writes the same levels again', () => {
    const column = idColumn([7, NaN, -0.5, 1e21, 7], [0, -1, 1, 2, 0], ['7', '-0.5', '1e+21']);
    const behind = numbersBehindLevels(column);
    expect(Array.from(behind ?? [])).toEqual([7, -0.5, 1e21]);
    expect(levelsFromNumbers(behind!)).toEqual(column.levels);
  });

  it('refuses levels that are not the plain text of their numbers', () => {
    expect(numbersBehindLevels(idColumn([1, 2], [0, 1], ['1', '2.0']))).toBeNull();
    expect(numbersBehindLevels(idColumn([1, 2], [1, 0], ['1', '2']))).toBeNull();
  });

  it('refuses a level no row holds, and columns without levels or read as text', () => {
    expect(numbersBehindLevels(idColumn([1], [0], ['1', '2']))).toBeNull();
    const text = codesColumn(
      'c',
      'categorical',
      { kind: 'strings', codes: Int32Array.from([0]), dictionary: ['1'] },
      Int32Array.from([0]),
      ['1'],
      {},
    );
    expect(numbersBehindLevels(text)).toBeNull();
    const plain = { ...idColumn([1], [0], ['1']), codes: null, levels: null };
    expect(numbersBehindLevels(plain)).toBeNull();
  });
});
