import { unpackList, unpackListUnits } from './packedLists';
import type { PackedStrings } from './packedStrings';
import type { RawColumn } from './table';

/*
 * A column typed as numbers or dates shows and models its `values`; its raw texts (a million
 * distinct timestamps in a million-row file) matter only for a type override, a project save or
 * an export. Turning them into a million JS strings as the table arrives costs the page a young-
 * generation GC of a couple of hundred milliseconds, so such a dictionary stays packed as UTF-8
 * and is decoded on first use: in one go by a plain read of `raw.dictionary`, in short steps by a
 * caller that can spread the work (`dictionaryReady`), or not at all by a save, which copies the
 * code units straight from the bytes (`pendingDictionary`, `LazyStrings.units`).
 */

/** One packed list of strings, decoded once, when first asked for. */
export class LazyStrings {
  private decoded: string[] | null = null;

  constructor(
    private readonly packed: PackedStrings,
    private readonly start: number,
    readonly length: number,
  ) {}

  /** Whether the strings are already decoded (a read of them costs nothing more). */
  get isDecoded(): boolean {
    return this.decoded !== null;
  }

  /** The strings, decoded now if they were not yet. */
  now(): string[] {
    if (this.decoded !== null) return this.decoded;
    const steps = this.steps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Code units and string ends straight from the packed bytes, a chunk per step (no strings made). */
  *units(): Generator<void, { units: Uint16Array; ends: Int32Array }, void> {
    return yield* unpackListUnits(this.packed, this.start, this.length);
  }

  /** The strings, decoded a chunk per step (see unpackList) if they were not yet. */
  *steps(): Generator<void, string[], void> {
    if (this.decoded === null) {
      this.decoded = yield* unpackList(this.packed, this.start, this.length);
    }
    return this.decoded;
  }
}

const lazyDictionaries = new WeakMap<RawColumn, LazyStrings>();

/**
 * A raw strings column whose dictionary is decoded on first read. The getter is an own enumerable
 * property, so spreads and structured clones (a worker call) read it and get plain strings.
 */
export function rawWithLazyDictionary(codes: Int32Array, dictionary: LazyStrings): RawColumn {
  const raw: RawColumn = {
    kind: 'strings',
    codes,
    get dictionary(): readonly string[] {
      return dictionary.now();
    },
  };
  lazyDictionaries.set(raw, dictionary);
  return raw;
}

/** `raw`'s dictionary while it is still packed, else null (it reads as plain strings). */
export function pendingDictionary(raw: RawColumn): LazyStrings | null {
  const lazy = lazyDictionaries.get(raw);
  return lazy !== undefined && !lazy.isDecoded ? lazy : null;
}

/** Whether reading `raw`'s dictionary would decode it now (a long step for a big one). */
export function hasPendingDictionary(raw: RawColumn): boolean {
  return pendingDictionary(raw) !== null;
}

/**
 * Decodes `raw`'s dictionary a chunk per step if it is still packed, so that a caller about to
 * read it (a type override sends it to a worker) can spread the decoding over short tasks with runInSlices.
 */
export function* dictionaryReady(raw: RawColumn): Generator<void, void, void> {
  const lazy = lazyDictionaries.get(raw);
  if (lazy !== undefined) yield* lazy.steps();
}
