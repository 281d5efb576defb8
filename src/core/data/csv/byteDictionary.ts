import { encodeUtf8 } from './fieldText';
import { stringsFromBytes, type DictionaryBytes } from './dictionaryText';

const EMPTY_SLOT = -1;
// As an int32, like every hash the slots hold (an empty value keeps the offset as its hash).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
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
  /** Open addressing, linear probing: [hash, code] pairs side by side, one cache line for both. */
  private slots: Int32Array = emptySlots(INITIAL_SLOTS);
  private decoded: string[] | null = null;

  /**
   * A dictionary holding `values` with their codes, as if each had been added in turn, but with
   * one copy of their bytes: merging parts starts from the first part's dictionary this way.
   */
  static of(values: DictionaryBytes): ByteDictionary {
    const dictionary = new ByteDictionary();
    const count = values.offsets.length - 1;
    if (count <= 0) return dictionary;
    dictionary.arena = values.arena.slice();
    dictionary.arenaLength = values.arena.length;
    dictionary.offsets = grownInt32(values.offsets, count * 2 + 2);
    dictionary.count = count;
    dictionary.allBits = values.ascii ? 0 : 0x80;
    let pairs = INITIAL_SLOTS;
    while (pairs < count * 2) pairs *= 2;
    const slots = emptySlots(pairs);
    const { arena, offsets } = values;
    for (let code = 0; code < count; code++) {
      const hash = hashOf(arena, offsets[code]!, offsets[code + 1]!);
      let slot = (hash << 1) & (slots.length - 2);
      while (slots[slot + 1] !== EMPTY_SLOT) slot = (slot + 2) & (slots.length - 2);
      slots[slot] = hash;
      slots[slot + 1] = code;
    }
    dictionary.slots = slots;
    return dictionary;
  }

  /** Distinct values so far. */
  get size(): number {
    return this.count;
  }

  /** The code of the value whose bytes are `[start, end)`, adding it when new. */
  codeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    let hash = FNV_OFFSET;
    let allBits = 0;
    for (let p = start; p < end; p++) {
      const byte = bytes[p]!;
      allBits |= byte;
      hash = Math.imul(hash ^ byte, FNV_PRIME);
    }
    const slots = this.slots;
    const mask = slots.length - 2; // slot count is a power of two; pairs sit at even positions
    let slot = (hash << 1) & mask;
    for (;;) {
      const code = slots[slot + 1]!;
      if (code === EMPTY_SLOT) break;
      if (slots[slot] === hash && this.sameBytes(code, bytes, start, end)) return code;
      slot = (slot + 2) & mask;
    }
    const code = this.count++;
    this.allBits |= allBits;
    this.decoded = null;
    this.store(code, bytes, start, end);
    slots[slot] = hash;
    slots[slot + 1] = code;
    if (this.count * 4 > slots.length) this.slots = rehashedSlots(slots);
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

  private sameBytes(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.offsets[code]!;
    if (this.offsets[code + 1]! - from !== end - start) return false;
    const arena = this.arena;
    for (let i = 0; i < end - start; i++) if (arena[from + i] !== bytes[start + i]) return false;
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
    for (let p = start; p < end; p++) arena[from + p - start] = bytes[p]!;
    this.arenaLength = needed;
    this.offsets[code + 1] = needed;
  }
}

/** FNV-1a of bytes `[start, end)`. */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let p = start; p < end; p++) hash = Math.imul(hash ^ bytes[p]!, FNV_PRIME);
  return hash;
}

/** Twice the slots, each [hash, code] pair moved to its place in the larger table. */
function rehashedSlots(old: Int32Array): Int32Array {
  const slots = emptySlots(old.length);
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
const emptySlots = (count: number): Int32Array => new Int32Array(count * 2).fill(EMPTY_SLOT);

/** A copy of `array` with room for `length` entries. */
export function grownInt32(array: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
