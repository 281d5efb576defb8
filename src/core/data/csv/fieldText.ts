// One decoder for every field: creating a TextDecoder per field is expensive.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** The text of UTF-8 bytes `[start, end)`. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return start === end ? '' : decoder.decode(bytes.subarray(start, end));
}

/** The UTF-8 bytes of a string. */
export const encodeUtf8 = (text: string): Uint8Array => encoder.encode(text);

/** The text of a quoted field's inside, with doubled quotes turned back into one. */
export function decodeQuoted(
  bytes: Uint8Array,
  start: number,
  end: number,
  hasDoubledQuotes: boolean,
): string {
  const text = decodeUtf8(bytes, start, end);
  return hasDoubledQuotes ? text.replaceAll('""', '"') : text;
}

const MIN_WINDOW_BYTES = 1 << 10;
const MAX_WINDOW_BYTES = 1 << 16;
// Single-byte decoding keeps string index == byte offset, which is all ASCII text needs.
const byteDecoder = new TextDecoder('windows-1252');

/**
 * Text of ASCII fields as substrings of a window of bytes decoded once, far cheaper than one
 * decode() per field. Call forget() whenever the bytes under the window may have changed.
 */
export class AsciiWindow {
  private windowBytes: Uint8Array | null = null;
  private windowStart = 0;
  private windowText = '';
  private windowSize = MIN_WINDOW_BYTES;

  forget(): void {
    this.windowBytes = null;
  }

  /** The text of bytes `[start, end)`, all below 0x80. */
  ascii(bytes: Uint8Array, start: number, end: number): string {
    const from = this.windowStart;
    const to = from + this.windowText.length;
    if (bytes !== this.windowBytes || start < from || end > to) {
      // Grow the window while requests come densely, shrink it when they are far apart.
      const near = bytes === this.windowBytes && start >= from && start < to + this.windowSize;
      this.windowSize = near ? Math.min(this.windowSize * 2, MAX_WINDOW_BYTES) : MIN_WINDOW_BYTES;
      const windowEnd = Math.max(end, Math.min(bytes.length, start + this.windowSize));
      this.windowText = byteDecoder.decode(bytes.subarray(start, windowEnd));
      this.windowBytes = bytes;
      this.windowStart = start;
    }
    return this.windowText.substring(start - this.windowStart, end - this.windowStart);
  }
}
