import { describe, expect, it } from 'vitest';
import { listStarts, unpackList } from './packedLists';
import {
  packedStringBuffers,
  packStrings,
  STRINGS_PER_CHUNK,
  type PackedStrings,
} from './packedStrings';

/** Every list of a packing, each unpacked to the end. */
function unpackAll(packed: PackedStrings): string[][] {
  const starts = listStarts(packed);
  return Array.from(packed.listLengths, (length, list) => {
    const steps = unpackList(packed, starts[list] as number, length);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

const roundTrip = (lists: string[][]) => {
  const packed = packStrings(lists);
  if (packed === null) throw new Error('expected the lists to pack');
  return unpackAll(packed);
};

describe('packStrings / unpackList', () => {
  it('gives back every list, in order, with empty lists and empty strings kept', () => {
    const lists = [['North', '', 'South'], [], [''], ['East']];
    expect(roundTrip(lists)).toEqual(lists);
  });

  it('keeps Chinese text, emoji (surrogate pairs), a leading BOM and control characters', () => {
    const lists = [
      ['华东', '上海市浦东新区', '😀 ok', '\uFEFFstarts with a BOM', 'tab\tnew\nline'],
    ];
    expect(roundTrip(lists)).toEqual(lists);
  });

  it('packs ASCII into one byte per character', () => {
    const packed = packStrings([['abc', 'de'], ['f']]);
    expect(packed?.bytes.length).toBe(6);
  });

  it('refuses a lone surrogate, which UTF-8 would turn into U+FFFD', () => {
    expect(packStrings([['ok', 'broken \uD800 half']])).toBeNull();
    expect(packStrings([['\uDC00 low half first']])).toBeNull();
  });

  it('crosses chunk and list boundaries with many strings and multi-byte text', () => {
    const count = STRINGS_PER_CHUNK * 2 + 5;
    const first = Array.from({ length: count }, (_, i) => `客户-${i}`);
    const second = Array.from({ length: 7 }, (_, i) => `x${i}`.repeat(i));
    expect(roundTrip([first, second])).toEqual([first, second]);
  });

  it('yields once per chunk so the caller can pause between chunks', () => {
    const list = Array.from({ length: STRINGS_PER_CHUNK * 3 }, (_, i) => String(i));
    const packed = packStrings([list]);
    if (packed === null) throw new Error('expected the list to pack');
    const steps = unpackList(packed, 0, list.length);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(3);
    expect(step.value).toEqual(list);
  });

  it('copies ASCII texts held as bytes as they are: the same packing as their strings', () => {
    const manyDays = Array.from({ length: STRINGS_PER_CHUNK * 2 + 5 }, (_, i) => `2024-01-${i}`);
    const lists = [['华东', ''], manyDays, [], ['x'], ['', 'tail']];
    const held = (texts: string[], lead: string) => {
      const bytes = new TextEncoder().encode(lead + texts.join(''));
      const offsets = new Int32Array(texts.length + 1);
      texts.forEach((text, i) => (offsets[i + 1] = (offsets[i] as number) + text.length));
      return { arena: bytes, offsets: offsets.map((offset) => offset + lead.length) };
    };
    const asBytes = [
      lists[0]!,
      held(manyDays, 'junk before'),
      held([], ''),
      ['x'],
      held(['', 'tail'], ''),
    ];
    expect(packStrings(asBytes)).toEqual(packStrings(lists));
    expect(unpackAll(packStrings(asBytes)!)).toEqual(lists);
  });

  it('still refuses a lone surrogate in strings packed before held bytes', () => {
    const bytes = { arena: new TextEncoder().encode('ab'), offsets: Int32Array.from([0, 1, 2]) };
    expect(packStrings([['broken \uD800'], bytes])).toBeNull();
  });

  it('lists four distinct transferable buffers', () => {
    const packed = packStrings([['a', 'b']]);
    if (packed === null) throw new Error('expected the list to pack');
    expect(new Set(packedStringBuffers(packed)).size).toBe(4);
  });
});
