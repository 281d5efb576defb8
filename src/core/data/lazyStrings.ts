import { stringsFromBytes } from './csv/dictionaryText';
import { unpackList, unpackListUnits } from './packedLists';
import type { AsciiTextBytes, PackedStrings } from './packedStrings';
import type { RawColumn } from './table';

/*
 * A column typed as numbers or dates shows and models its `values`; its raw texts (a million
 * distinct timestamps in a million-row file) matter only for a type override, a project save or
 * an export. Turning them into a million JS strings costs a thread a long decode and, on the page,
 * a young-generation GC of a couple of hundred milliseconds, so such a dictionary is held in the
 * form it arrived in and decoded on first use. On the page that form is the UTF-8 of a packing:
 * a plain read of `raw.dictionary` decodes it in one go, a caller that can spread the work does so
 * in short steps (`dictionaryReady`), and a save copies its code units straight from the bytes
 * (`pendingDictionary`, `LazyStrings.units`). In the import worker it is the ASCII bytes a part
 * worker sent, which `columnsToWire` copies into the page's packing as they are.
 */

/** The not-yet-decoded form a list of strings is held in. */
export type HeldStrings =
  /** Strings `start` to `start + length - 1` of a packing. */
  | {
      readonly kind: 'packed';
      readonly packed: PackedStrings;
      readonly start: number;
      readonly length: number;
    }
  /** ASCII texts as bytes (one code unit per byte). */
  | { readonly kind: 'ascii'; readonly bytes: AsciiTextBytes };

/** One list of strings held undecoded, decoded once, when first asked for. */
export class LazyStrings {
  private decoded: string[] | null = null;

  private constructor(readonly held: HeldStrings) {}

  /** Strings `start` to `start + length - 1` of `packed`. */
  static fromPacked(packed: PackedStrings, start: number, length: number): LazyStrings {
    return new LazyStrings({ kind: 'packed', packed, start, length });
  }

  /** The ASCII texts in `bytes`. */
  static fromAsciiBytes(bytes: AsciiTextBytes): LazyStrings {
    return new LazyStrings({ kind: 'ascii', bytes });
  }

  /** How many strings the list holds (nothing decoded). */
  get length(): number {
    return this.held.kind === 'packed' ? this.held.length : this.held.bytes.offsets.length - 1;
  }

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

  /** The strings, decoded a chunk per step (see unpackList) if they were not yet. */
  *steps(): Generator<void, string[], void> {
    this.decoded ??= yield* decodeHeld(this.held);
    return this.decoded;
  }

  /** Code units and string ends straight from the held bytes, a chunk per step (no strings made). */
  *units(): Generator<void, { units: Uint16Array; ends: Int32Array }, void> {
    const { held } = this;
    if (held.kind === 'packed') return yield* unpackListUnits(held.packed, held.start, held.length);
    const { arena, offsets } = held.bytes;
    const first = offsets[0] ?? 0;
    const units = new Uint16Array(arena.subarray(first, offsets.at(-1) ?? first));
    const ends = Int32Array.from(offsets.subarray(1), (offset) => offset - first);
    return { units, ends };
  }
}

function* decodeHeld(held: HeldStrings): Generator<void, string[], void> {
  if (held.kind === 'packed') return yield* unpackList(held.packed, held.start, held.length);
  // One go: ASCII bytes are held only in the import worker, whose tasks no frame waits for.
  return stringsFromBytes({ ...held.bytes, ascii: true });
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

/** `raw`'s dictionary while it is still held undecoded, else null (it reads as plain strings). */
export function pendingDictionary(raw: RawColumn): LazyStrings | null {
  const lazy = lazyDictionaries.get(raw);
  return lazy !== undefined && !lazy.isDecoded ? lazy : null;
}

/** Whether reading `raw`'s dictionary would decode it now (a long step for a big one). */
export function hasPendingDictionary(raw: RawColumn): boolean {
  return pendingDictionary(raw) !== null;
}

/** `raw`'s dictionary as ASCII bytes while it is still held so, else null. */
export function pendingAsciiBytes(raw: RawColumn): AsciiTextBytes | null {
  const held = pendingDictionary(raw)?.held;
  return held?.kind === 'ascii' ? held.bytes : null;
}

/**
 * Decodes `raw`'s dictionary a chunk per step if it is still held undecoded, so that a caller
 * about to read it (a type override sends it to a worker) can spread the decoding over short
 * tasks with runInSlices.
 */
export function* dictionaryReady(raw: RawColumn): Generator<void, void, void> {
  const lazy = lazyDictionaries.get(raw);
  if (lazy !== undefined) yield* lazy.steps();
}
