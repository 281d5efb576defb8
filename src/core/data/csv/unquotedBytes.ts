const QUOTE = 34;

/**
 * The UTF-8 bytes of a quoted field as its text reads, written into one reused buffer: doubled
 * quotes made one, and whatever follows the closing quote kept. The dictionary takes them as they
 * are, where decoding to a string, replacing and encoding again cost a few microseconds a cell.
 */
export class UnquotedBytes {
  /** The last field's bytes are `bytes[0, length)`; the array is replaced when it grows. */
  bytes = new Uint8Array(256);

  /**
   * Writes the field whose inside is `source[start, close)` (every quote there doubled, as the
   * closing-quote search guarantees) followed by `source[restStart, restEnd)`; returns its length.
   */
  write(
    source: Uint8Array,
    start: number,
    close: number,
    restStart: number,
    restEnd: number,
  ): number {
    const most = close - start + restEnd - restStart;
    if (most > this.bytes.length)
      this.bytes = new Uint8Array(Math.max(most, this.bytes.length * 2));
    const out = this.bytes;
    let length = 0;
    for (let p = start; p < close; p++) {
      const byte = source[p]!;
      out[length++] = byte;
      if (byte === QUOTE) p++; // the second quote of the pair
    }
    for (let p = restStart; p < restEnd; p++) out[length++] = source[p]!;
    return length;
  }
}
