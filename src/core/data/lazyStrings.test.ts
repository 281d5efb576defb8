import { describe, expect, it } from 'vitest';
import {
  dictionaryReady,
  hasPendingDictionary,
  LazyStrings,
  pendingAsciiBytes,
  pendingDictionary,
  rawWithLazyDictionary,
} from './lazyStrings';
import { listStarts } from './packedLists';
import { packStrings, STRINGS_PER_CHUNK, type AsciiTextBytes } from './packedStrings';

const TEXTS = ['2024-07-29 10:00:24', '', '华东 客户', '😀 two halves', '\uFEFFBOM first', 'é'];

function lazyList(lists: string[][], list: number): LazyStrings {
  const packed = packStrings(lists);
  if (packed === null) throw new Error('expected the lists to pack');
  return LazyStrings.fromPacked(
    packed,
    listStarts(packed)[list] ?? -1,
    packed.listLengths[list] ?? 0,
  );
}

const STAMPS = ['2024-01-05 10:00:00', '', '2024-02-29 23:59:59'];

/** STAMPS as ASCII bytes after a text that is not theirs (their offsets start past it). */
function asciiStampBytes(): AsciiTextBytes {
  const arena = new TextEncoder().encode(`before${STAMPS.join('')}`);
  return { arena, offsets: Int32Array.of(6, 25, 25, 44) };
}

const asciiStamps = (): LazyStrings => LazyStrings.fromAsciiBytes(asciiStampBytes());

function runAll(steps: Generator<void, void, void>): number {
  let pauses = 0;
  while (!steps.next().done) pauses++;
  return pauses;
}

function lastOf<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('LazyStrings', () => {
  it('knows its length before decoding and decodes its own list only', () => {
    const lazy = lazyList([['before'], TEXTS, ['after']], 1);
    expect(lazy.length).toBe(TEXTS.length);
    expect(lazy.isDecoded).toBe(false);
    expect(lazy.now()).toEqual(TEXTS);
    expect(lazy.isDecoded).toBe(true);
  });

  it('decodes once: later reads give the same array', () => {
    const lazy = lazyList([TEXTS], 0);
    expect(lazy.now()).toBe(lazy.now());
  });

  it('gives its code units from the packed bytes without decoding its strings', () => {
    const lazy = lazyList([['before'], TEXTS], 1);
    const { units, ends } = lastOf(lazy.units());
    expect(Array.from(ends)).toEqual(TEXTS.map((_, i) => TEXTS.slice(0, i + 1).join('').length));
    expect(String.fromCharCode(...units)).toBe(TEXTS.join(''));
    expect(lazy.isDecoded).toBe(false);
  });

  it('holds an empty list', () => {
    expect(lazyList([['a'], []], 1).now()).toEqual([]);
  });

  it('holds ASCII bytes: its length known, decoded once, on first read', () => {
    const lazy = asciiStamps();
    expect(lazy.length).toBe(STAMPS.length);
    expect(lazy.isDecoded).toBe(false);
    expect(lazy.now()).toEqual(STAMPS);
    expect(lazy.now()).toBe(lazy.now());
  });

  it('gives the code units of ASCII bytes without decoding them', () => {
    const lazy = asciiStamps();
    const { units, ends } = lastOf(lazy.units());
    expect(String.fromCharCode(...units)).toBe(STAMPS.join(''));
    expect(Array.from(ends)).toEqual([19, 19, 38]);
    expect(lazy.isDecoded).toBe(false);
  });
});

describe('rawWithLazyDictionary', () => {
  const codes = Int32Array.of(0, 2, -1, 5);

  it('reads like a plain raw column and decodes on the first read of its dictionary', () => {
    const raw = rawWithLazyDictionary(codes, lazyList([TEXTS], 0));
    expect(hasPendingDictionary(raw)).toBe(true);
    expect(raw).toEqual({ kind: 'strings', codes, dictionary: TEXTS });
    expect(hasPendingDictionary(raw)).toBe(false);
  });

  it('crosses a structured clone (a worker call) as plain strings', () => {
    const raw = rawWithLazyDictionary(codes, lazyList([TEXTS], 0));
    const cloned = structuredClone(raw);
    expect(cloned).toEqual({ kind: 'strings', codes, dictionary: TEXTS });
    expect(Object.getOwnPropertyDescriptor(cloned, 'dictionary')?.get).toBeUndefined();
  });

  it('survives a spread of its column (the store keeps the same raw object)', () => {
    const raw = rawWithLazyDictionary(codes, lazyList([TEXTS], 0));
    const column = { name: 'shipped_at', raw };
    const copy = { ...column, name: 'renamed' };
    expect(copy.raw).toBe(raw);
    expect(hasPendingDictionary(copy.raw)).toBe(true);
  });

  it('gets decoded a chunk per step by dictionaryReady, then reads without decoding again', () => {
    const big = Array.from({ length: STRINGS_PER_CHUNK * 2 + 1 }, (_, i) => `t${i}-é`);
    const lazy = lazyList([big], 0);
    const raw = rawWithLazyDictionary(codes, lazy);
    expect(runAll(dictionaryReady(raw))).toBe(3);
    expect(lazy.isDecoded).toBe(true);
    expect(raw.kind === 'strings' && raw.dictionary).toEqual(big);
    expect(runAll(dictionaryReady(raw))).toBe(0);
  });

  it('hands out ASCII bytes it holds until read, then reads as strings decoded once', () => {
    const bytes = asciiStampBytes();
    const lazy = LazyStrings.fromAsciiBytes(bytes);
    const raw = rawWithLazyDictionary(codes, lazy);
    expect(pendingAsciiBytes(raw)).toBe(bytes);
    expect(raw.kind === 'strings' && raw.dictionary).toEqual(STAMPS);
    expect(raw.kind === 'strings' && raw.dictionary).toBe(lazy.now());
    expect(pendingAsciiBytes(raw)).toBeNull();
    expect(pendingDictionary(raw)).toBeNull();
  });

  it('decodes ASCII bytes it holds in one step of dictionaryReady', () => {
    const raw = rawWithLazyDictionary(codes, asciiStamps());
    expect(runAll(dictionaryReady(raw))).toBe(0);
    expect(hasPendingDictionary(raw)).toBe(false);
    expect(raw.kind === 'strings' && raw.dictionary).toEqual(STAMPS);
  });

  it('crosses a structured clone as plain strings when it holds ASCII bytes', () => {
    const raw = rawWithLazyDictionary(codes, asciiStamps());
    expect(structuredClone(raw)).toEqual({ kind: 'strings', codes, dictionary: STAMPS });
  });

  it('hands out no ASCII bytes for a packed dictionary', () => {
    const raw = rawWithLazyDictionary(codes, lazyList([TEXTS], 0));
    expect(pendingDictionary(raw)?.held.kind).toBe('packed');
    expect(pendingAsciiBytes(raw)).toBeNull();
  });

  it('leaves plain raw columns alone', () => {
    const plain = { kind: 'strings', codes, dictionary: TEXTS } as const;
    const numbers = { kind: 'numbers', values: Float64Array.of(1) } as const;
    expect(hasPendingDictionary(plain)).toBe(false);
    expect(pendingAsciiBytes(plain)).toBeNull();
    expect(runAll(dictionaryReady(plain)) + runAll(dictionaryReady(numbers))).toBe(0);
  });
});
