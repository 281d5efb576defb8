import { hashBytes, WordReader } from './byteHash';
import { encodeUtf8 } from './fieldText';
import { stringsFromBytes, type DictionaryBytes } from './dictionaryText';
import type { LookupBatch } from './lookupBatch';

/** A slot holds `code + 1`, so that 0, what a new Int32Array holds, marks it empty: no fill. */
const EMPTY_SLOT = 0;
const INITIAL_SLOTS = 256;

/**
 * Dictionary encoding keyed by UTF-8 bytes: a repeated value is found by hashing its bytes. No
 * strings are made while parsing; strings() decodes every distinct value at once at the end.
 */
export class ByteDictionary {
  private arena = new Uint8Array(1 << 12);
  private arenaLength = 0;
  private count = 0;
  private allBits = 0;
  /** Where each value's bytes start in the arena; entry `code + 1` is where they end. */
  private offsets: Int32Array = new Int32Array(64);
  /** Open addressing, linear probing: [hash, code + 1] pairs side by side, one cache line for both. */
  private slots: Int32Array = emptySlots(INITIAL_SLOTS);
  private decoded: string[] | null = null;
  private touched = 0;
  /** Word views over the bytes looked up and over the arena (made again when it grows). */
  private readonly input = new WordReader();
  private readonly stored = new WordReader();

  /**
   * A dictionary holding `values` with their codes, as if each had been added in turn, but with
   * one copy of their bytes: merging parts starts from the first part's dictionary this way.
   */
  static of(values: DictionaryBytes, expectedSize = 0): ByteDictionary {
    const dictionary = new ByteDictionary();
    const count = values.offsets.length - 1;
    if (count <= 0) return dictionary;
    dictionary.arena = values.arena.slice();
    dictionary.arenaLength = values.arena.length;
    dictionary.offsets = grownInt32(values.offsets, count * 2 + 2);
    dictionary.count = count;
    dictionary.allBits = values.ascii ? 0 : 0x80;
    let pairs = INITIAL_SLOTS;
    // Room for `expectedSize` values without growing: merging adds the other parts' values.
    while (pairs < Math.max(count, expectedSize) * 2) pairs *= 2;
    const slots = emptySlots(pairs);
    const { arena, offsets } = values;
    const view = dictionary.input.viewOf(arena);
    for (let code = 0; code < count; code++) {
      const hash = hashBytes(view, arena, offsets[code]!, offsets[code + 1]!);
      let slot = (hash << 1) & (slots.length - 2);
      while (slots[slot + 1] !== EMPTY_SLOT) slot = (slot + 2) & (slots.length - 2);
      slots[slot] = hash;
      slots[slot + 1] = code + 1;
    }
    dictionary.slots = slots;
    return dictionary;
  }

  /**
   * Makes room for `values` distinct values in the hash table at once: a column of mostly distinct
   * values would otherwise rehash it again and again, each time a pass of random writes.
   */
  reserve(values: number): void {
    let pairs = this.slots.length / 2;
    while (pairs < values * 2) pairs *= 2;
    if (pairs * 2 > this.slots.length) this.slots = rehashedSlots(this.slots, pairs);
  }

  /** Distinct values so far. */
  get size(): number {
    return this.count;
  }

  /** The code of the value whose bytes are `[start, end)`, adding it when new. */
  codeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const view = this.input.viewOf(bytes);
    return this.codeOfHashed(hashBytes(view, bytes, start, end), view, bytes, start, end);
  }

  /**
   * Writes the code of each field of `batch` to `codes[row]`, in the batch's order, so that codes
   * are the ones that one lookup after another gives. First every field's hash, then a pass that
   * only reads the table slots (and the stored values they name) that the lookups will read: its
   * reads do not wait for one another, so their cache misses overlap.
   */
  writeCodes(batch: LookupBatch, codes: Int32Array): void {
    const { rows, starts, ends, hashes, count, bytes } = batch;
    const view = this.input.viewOf(bytes);
    for (let i = 0; i < count; i++) hashes[i] = hashBytes(view, bytes, starts[i]!, ends[i]!);
    const { slots, offsets, arena } = this;
    const mask = slots.length - 2;
    let touched = 0;
    for (let i = 0; i < count; i++) touched ^= slots[((hashes[i]! << 1) & mask) + 1]!;
    for (let i = 0; i < count; i++) {
      const entry = slots[((hashes[i]! << 1) & mask) + 1]!;
      if (entry !== EMPTY_SLOT) touched ^= arena[offsets[entry - 1]!]!;
    }
    this.touched ^= touched; // kept, so that the engine cannot drop the reads above
    for (let i = 0; i < count; i++) {
      codes[rows[i]!] = this.codeOfHashed(hashes[i]!, view, bytes, starts[i]!, ends[i]!);
    }
    batch.count = 0;
  }

  private codeOfHashed(
    hash: number,
    view: DataView<ArrayBufferLike>,
    bytes: Uint8Array,
    start: number,
    end: number,
  ): number {
    const slots = this.slots;
    const mask = slots.length - 2; // slot count is a power of two; pairs sit at even positions
    let slot = (hash << 1) & mask;
    for (;;) {
      const entry = slots[slot + 1]!;
      if (entry === EMPTY_SLOT) break;
      if (slots[slot] === hash && this.sameBytes(entry - 1, view, bytes, start, end)) {
        return entry - 1;
      }
      slot = (slot + 2) & mask;
    }
    const code = this.count++;
    this.decoded = null;
    this.store(code, bytes, start, end);
    slots[slot] = hash;
    slots[slot + 1] = code + 1;
    if (this.count * 4 > slots.length) this.slots = rehashedSlots(slots, slots.length);
    return code;
  }

  /** The code of a string value, adding it when new. */
  codeOfText(text: string): number {
    const bytes = encodeUtf8(text);
    return this.codeOfBytes(bytes, 0, bytes.length);
  }

  /** The values by code, decoded once for all of them. */
  strings(): string[] {
    this.decoded ??= stringsFromBytes(this.bytes());
    return this.decoded;
  }

  /** The values' bytes, views of this dictionary's storage: to merge, or to send to a thread. */
  bytes(): DictionaryBytes {
    return {
      arena: this.arena.subarray(0, this.arenaLength),
      offsets: this.offsets.subarray(0, this.count + 1),
      ascii: this.allBits < 0x80,
    };
  }

  /** Whether value `code` is `bytes[start, end)`; four bytes at a time through the views. */
  private sameBytes(
    code: number,
    view: DataView<ArrayBufferLike>,
    bytes: Uint8Array,
    start: number,
    end: number,
  ) {
    const from = this.offsets[code]!;
    const length = end - start;
    if (this.offsets[code + 1]! - from !== length) return false;
    const arena = this.arena;
    const stored = this.stored.viewOf(arena);
    let i = 0;
    for (; i + 4 <= length; i += 4) {
      if (stored.getInt32(from + i, true) !== view.getInt32(start + i, true)) return false;
    }
    for (; i < length; i++) if (arena[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private store(code: number, bytes: Uint8Array, start: number, end: number) {
    if (code + 2 > this.offsets.length) this.offsets = grownInt32(this.offsets, code * 2 + 2);
    const from = this.arenaLength;
    const needed = from + end - start;
    if (needed > this.arena.length) {
      const arena = new Uint8Array(Math.max(needed, this.arena.length * 2));
      arena.set(this.arena.subarray(0, from));
      this.arena = arena;
    }
    const arena = this.arena;
    let allBits = 0;
    for (let p = start; p < end; p++) {
      const byte = bytes[p]!;
      allBits |= byte;
      arena[from + p - start] = byte;
    }
    this.allBits |= allBits;
    this.arenaLength = needed;
    this.offsets[code + 1] = needed;
  }
}

/** `pairs` slots, each [hash, code] pair moved to its place in the larger table. */
function rehashedSlots(old: Int32Array, pairs: number): Int32Array {
  const slots = emptySlots(pairs);
  const mask = slots.length - 2;
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === EMPTY_SLOT) continue;
    let slot = (old[at]! << 1) & mask;
    while (slots[slot + 1] !== EMPTY_SLOT) slot = (slot + 2) & mask;
    slots[slot] = old[at]!;
    slots[slot + 1] = old[at + 1]!;
  }
  return slots;
}

/** Room for `count` [hash, code] pairs, all empty. */
const emptySlots = (count: number): Int32Array => new Int32Array(count * 2);

/** A copy of `array` with room for `length` entries. */
export function grownInt32(array: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
