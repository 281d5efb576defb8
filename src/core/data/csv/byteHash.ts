// Odd multipliers with well-spread bits (MurmurHash2's and a finaliser's), as int32 products.
const SEED = 0x2f6b9c1d;
const MULTIPLIER = 0x5bd1e995;
const FINAL_MULTIPLIER = 0x85ebca6b | 0;

/**
 * Reads a Uint8Array four bytes at a time: a DataView over the same bytes, so that index `p` of
 * the view is index `p` of the array. Kept per array, since making a view costs an allocation.
 */
export class WordReader {
  private array: Uint8Array | null = null;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

  /** The view over `bytes`, made again only when given another array than last time. */
  viewOf(bytes: Uint8Array): DataView<ArrayBufferLike> {
    if (bytes !== this.array) {
      this.array = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return this.view;
  }
}

/**
 * A 32-bit hash of `bytes[start, end)`, where `view` is a DataView over `bytes` (WordReader).
 * Four bytes per multiply instead of one: a field's bytes are hashed on every row. The shift
 * after each multiply carries the high bytes of a word down into the low bits that pick a slot.
 */
export function hashBytes(
  view: DataView<ArrayBufferLike>,
  bytes: Uint8Array,
  start: number,
  end: number,
): number {
  let hash = SEED ^ (end - start);
  let p = start;
  for (; p + 4 <= end; p += 4) {
    hash = Math.imul(hash ^ view.getInt32(p, true), MULTIPLIER);
    hash ^= hash >>> 15;
  }
  for (; p < end; p++) {
    hash = Math.imul(hash ^ bytes[p]!, MULTIPLIER);
    hash ^= hash >>> 15;
  }
  hash = Math.imul(hash ^ (hash >>> 13), FINAL_MULTIPLIER);
  return hash ^ (hash >>> 16);
}
