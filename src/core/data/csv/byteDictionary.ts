import { decodeUtf8, encodeUtf8 } from './fieldText';
import type { AsciiWindow } from './fieldText';

const EMPTY_SLOT = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const INITIAL_SLOTS = 256;
/** Shorter substrings are copies in V8; longer ones would keep the whole decoded window alive. */
const MAX_WINDOW_TEXT = 12;

/**
 * Dictionary encoding keyed by UTF-8 bytes: a repeated value is found by hashing its bytes, so
 * only the first occurrence of each distinct value becomes a string.
 */
export class ByteDictionary {
  readonly strings: string[] = [];
  private arena = new Uint8Array(1 << 12);
  private arenaLength = 0;
  /** Where each value's bytes start in the arena; entry `code + 1` is where they end. */
  private offsets: Int32Array = new Int32Array(64);
  /** Open addressing, linear probing: [hash, code] pairs side by side, one cache line for both. */
  private slots: Int32Array = emptySlots(INITIAL_SLOTS);

  /** The code of the value whose bytes are `[start, end)`, adding it when new. */
  codeOfBytes(
    bytes: Uint8Array,
    start: number,
    end: number,
    window: AsciiWindow | null,
    knownText?: string,
  ): number {
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
    const code = this.strings.length;
    const fromWindow = allBits < 0x80 && window !== null && end - start <= MAX_WINDOW_TEXT;
    this.strings.push(
      knownText ?? (fromWindow ? window.ascii(bytes, start, end) : decodeUtf8(bytes, start, end)),
    );
    this.store(code, bytes, start, end);
    slots[slot] = hash;
    slots[slot + 1] = code;
    if (this.strings.length * 4 > slots.length) this.rehash();
    return code;
  }

  /** The code of a string value, adding it when new. */
  codeOfText(text: string): number {
    const bytes = encodeUtf8(text);
    return this.codeOfBytes(bytes, 0, bytes.length, null, text);
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

  /** Doubles the slot count, keeping the load under one half. */
  private rehash() {
    const old = this.slots;
    const slots = emptySlots(old.length);
    const mask = slots.length - 2;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === EMPTY_SLOT) continue;
      let slot = (old[at]! << 1) & mask;
      while (slots[slot + 1] !== EMPTY_SLOT) slot = (slot + 2) & mask;
      slots[slot] = old[at]!;
      slots[slot + 1] = old[at + 1]!;
    }
    this.slots = slots;
  }
}

/** Room for `count` [hash, code] pairs, all empty. */
const emptySlots = (count: number): Int32Array => new Int32Array(count * 2).fill(EMPTY_SLOT);

/** A copy of `array` with room for `length` entries. */
export function grownInt32(array: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}
