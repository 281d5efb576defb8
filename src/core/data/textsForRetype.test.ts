import { describe, expect, it } from 'vitest';
import { hasPendingDictionary, LazyStrings, rawWithLazyDictionary } from './lazyStrings';
import { listStarts } from './packedLists';
import { packStrings, STRINGS_PER_CHUNK } from './packedStrings';
import type { Column } from './table';
import { columnReceived, columnToSend, packedTextBuffers } from './textsForRetype';

const stamps = (count: number, from: number) =>
  Array.from({ length: count }, (_, i) => `2024-03-${(i % 28) + 1} 10:${from + i}`);

/** A date column whose raw texts are list `list` of a packing of three, still packed. */
function packedDateColumn(lists: string[][], list: number): Column {
  const packed = packStrings(lists);
  if (packed === null) throw new Error('expected the lists to pack');
  const length = packed.listLengths[list] ?? 0;
  const lazy = LazyStrings.fromPacked(packed, listStarts(packed)[list] ?? -1, length);
  const codes = Int32Array.from({ length }, (_, i) => (i % 5 === 4 ? -1 : i));
  return {
    name: 'shipped_at',
    type: 'date',
    raw: rawWithLazyDictionary(codes, lazy),
    values: new Float64Array(length),
    codes: null,
    levels: null,
    missing: 0,
  } as unknown as Column;
}

describe('a column sent for a type override', () => {
  // The middle list starts mid-chunk (after the whole first chunk) and spans three chunks.
  const lists = [stamps(9000, 0), stamps(2 * STRINGS_PER_CHUNK + 7, 1), ['x', 'y']];

  it('sends still-packed texts as bytes beside an empty dictionary, decoding nothing', () => {
    const column = packedDateColumn(lists, 1);
    const { column: sent, texts } = columnToSend(column);
    expect(texts).not.toBeNull();
    expect(sent.raw.kind === 'strings' && sent.raw.dictionary).toEqual([]);
    expect(hasPendingDictionary(column.raw)).toBe(true);
    // Smaller than the whole packing: only the chunks the list spans.
    expect(texts!.packed.bytes.length).toBeLessThan(packStrings(lists)!.bytes.length);
    expect(packedTextBuffers(texts).length).toBe(4);
  });

  it('gives the worker the same texts and codes after a structured clone', () => {
    const column = packedDateColumn(lists, 1);
    const { column: sent, texts } = structuredClone(columnToSend(column));
    const received = columnReceived(sent, texts);
    if (received.raw.kind !== 'strings' || column.raw.kind !== 'strings')
      throw new Error('strings');
    expect(received.raw.codes).toEqual(column.raw.codes);
    expect(received.raw.dictionary).toEqual(lists[1]);
  });

  it('sends a column whose texts are already strings as it is', () => {
    const column = packedDateColumn(lists, 2);
    expect(column.raw.kind === 'strings' && column.raw.dictionary).toEqual(['x', 'y']);
    const { column: sent, texts } = columnToSend(column);
    expect(texts).toBeNull();
    expect(sent).toBe(column);
    expect(columnReceived(sent, null)).toBe(sent);
  });
});
