/** A dictionary's distinct values as UTF-8 bytes: value `code` is `arena[offsets[code], offsets[code + 1])`. */
export interface DictionaryBytes {
  readonly arena: Uint8Array;
  /** One more entry than values; the first is 0. */
  readonly offsets: Int32Array;
  /** Every byte is below 0x80. */
  readonly ascii: boolean;
}

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Arena bytes decoded per string: far below V8's longest string, and short-lived. */
const DECODE_STEP_BYTES = 1 << 24;

/**
 * The values as strings, from one decode per 16 MiB of arena and a substring per value: far
 * cheaper than one decode per value. Substrings may share the decoded text, which holds only
 * these values' text.
 */
export function stringsFromBytes(
  dictionary: DictionaryBytes,
  stepBytes = DECODE_STEP_BYTES,
): string[] {
  const count = dictionary.offsets.length - 1;
  const strings = new Array<string>(Math.max(0, count));
  for (let first = 0; first < count;) {
    const last = lastInStep(dictionary.offsets, first, stepBytes);
    decodeValues(dictionary, first, last, strings);
    first = last;
  }
  return strings;
}

/** The code after the last value that fits in one decode step from value `first` (at least one). */
function lastInStep(offsets: Int32Array, first: number, stepBytes: number): number {
  const limit = offsets[first]! + stepBytes;
  let last = first + 1;
  while (last < offsets.length - 1 && offsets[last + 1]! <= limit) last++;
  return last;
}

/** Decodes values `[first, last)` into `strings`. */
function decodeValues(dictionary: DictionaryBytes, first: number, last: number, strings: string[]) {
  const { arena, ascii } = dictionary;
  const offsets = dictionary.offsets.subarray(first, last + 1);
  const bytes = arena.subarray(offsets[0], offsets[offsets.length - 1]);
  // ASCII bytes decode one unit per byte, so a value's offsets are its string indices. (UTF-8
  // decoding is the fast path for ASCII: windows-1252 took 1.2-2.2x as long in Node.)
  const text = utf8Decoder.decode(bytes);
  const units = ascii
    ? offsets.map((offset) => offset - offsets[0]!)
    : utf16Offsets(arena, offsets);
  for (let i = 0; i + 1 < units.length; i++) {
    strings[first + i] = text.substring(units[i]!, units[i + 1]!);
  }
}

/** Where each value starts in the UTF-16 text of valid UTF-8 bytes from `offsets[0]` on. */
function utf16Offsets(arena: Uint8Array, offsets: Int32Array): Int32Array {
  const units = new Int32Array(offsets.length);
  let unit = 0;
  for (let i = 0; i + 1 < offsets.length; i++) {
    const end = offsets[i + 1]!;
    for (let p = offsets[i]!; p < end; p++) {
      const byte = arena[p]!;
      // Continuation bytes add nothing; a 4-byte sequence becomes a surrogate pair.
      if (byte < 0x80 || byte >= 0xc0) unit += byte >= 0xf0 ? 2 : 1;
    }
    units[i + 1] = unit;
  }
  return units;
}
