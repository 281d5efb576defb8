import { describe, expect, it } from 'vitest';
import { listStarts, unpackList, unpackListUnits } from './packedLists';
import { packStrings, STRINGS_PER_CHUNK } from './packedStrings';

function packed(lists: string[][]) {
  const result = packStrings(lists);
  if (result === null) throw new Error('expected the lists to pack');
  return result;
}

/** One list unpacked on its own, with the number of steps it took. */
function unpackOne(lists: string[][], list: number) {
  const packing = packed(lists);
  const start = listStarts(packing)[list] ?? -1;
  const steps = unpackList(packing, start, packing.listLengths[list] ?? 0);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  return { strings: step.value, pauses };
}

describe('listStarts / unpackList', () => {
  it('says where each list starts among all strings, empty lists included', () => {
    expect([...listStarts(packed([['a', 'b'], [], ['c'], ['d', 'e', 'f']]))]).toEqual([0, 2, 2, 3]);
  });

  it('gives back any one list alone: empty strings, empty lists, non-ASCII, surrogate pairs', () => {
    const lists = [['x', ''], [], ['', '华东', '😀 emoji', '\uFEFFBOM', 'é'], ['last']];
    lists.forEach((list, index) => expect(unpackOne(lists, index).strings).toEqual(list));
  });

  it('takes a list that starts and ends inside chunks, decoding only the chunks it spans', () => {
    const before = Array.from({ length: STRINGS_PER_CHUNK + 100 }, (_, i) => `前${i}`);
    const middle = Array.from({ length: STRINGS_PER_CHUNK * 2 }, (_, i) => `😀-${i}-é`);
    const after = ['tail', ''];
    const { strings, pauses } = unpackOne([before, middle, after], 1);
    expect(strings).toEqual(middle);
    expect(pauses).toBe(3); // it starts in the second chunk and ends in the fourth
    expect(unpackOne([before, middle, after], 2).strings).toEqual(after);
  });
});

/** One list as code units, read back into strings to compare. */
function unitsOf(lists: string[][], list: number): string[] {
  const packing = packed(lists);
  const steps = unpackListUnits(packing, listStarts(packing)[list] ?? -1, lists[list]!.length);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const { units, ends } = step.value;
  expect(ends.at(-1) ?? 0).toBe(units.length);
  let at = 0;
  return Array.from(ends, (end) => String.fromCharCode(...units.subarray(at, (at = end))));
}

describe('unpackListUnits', () => {
  it('gives each string its UTF-16 code units: surrogate pairs as two, empty strings as none', () => {
    const lists = [['a'], ['', '华东', '😀', '\uFEFFBOM', ''], []];
    expect(unitsOf(lists, 1)).toEqual(lists[1]);
    expect(unitsOf(lists, 2)).toEqual([]);
  });

  it('joins the chunks of a list that starts and ends inside chunks', () => {
    const before = Array.from({ length: 300 }, (_, i) => `x${i}`);
    const middle = Array.from({ length: STRINGS_PER_CHUNK * 2 }, (_, i) => `😀-${i}-é`);
    expect(unitsOf([before, middle, ['after']], 1)).toEqual(middle);
  });
});
