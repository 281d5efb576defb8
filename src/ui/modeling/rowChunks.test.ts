import { describe, expect, it } from 'vitest';
import { rowChunks } from './rowChunks';

const letters = (count: number) => Array.from({ length: count }, (_, i) => `r${i}`);

describe('rowChunks', () => {
  it('cuts a list into runs of the given size, the last one shorter, keeping the order', () => {
    const chunks = rowChunks(letters(45), 12);
    expect(chunks.map((chunk) => chunk.rows.length)).toEqual([12, 12, 12, 9]);
    expect(chunks.map((chunk) => chunk.start)).toEqual([0, 12, 24, 36]);
    expect(chunks.flatMap((chunk) => chunk.rows)).toEqual(letters(45));
  });

  it('gives one run for a short list and none for an empty one', () => {
    expect(rowChunks(letters(3), 12)).toEqual([{ start: 0, rows: ['r0', 'r1', 'r2'] }]);
    expect(rowChunks([], 12)).toEqual([]);
  });

  it('treats a size below one as one item per run', () => {
    expect(rowChunks(letters(2), 0).map((chunk) => chunk.rows)).toEqual([['r0'], ['r1']]);
  });
});
