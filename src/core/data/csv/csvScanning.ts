const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Position of the delimiter, CR or LF that ends an unquoted field, or `end` if none yet. */
export function findFieldEnd(bytes: Uint8Array, start: number, end: number, delimiter: number) {
  let p = start;
  while (p < end) {
    const byte = bytes[p];
    if (byte === delimiter || byte === LF || byte === CR) return p;
    p++;
  }
  return end;
}

/** What findClosingQuote saw besides the closing position. */
export interface QuoteScan {
  hasDoubledQuotes: boolean;
}

/**
 * Position of the quote that closes a quoted field whose inside starts at `start`, or -1 when the
 * bytes so far do not settle it (a quote at the very end may be the first half of `""`).
 */
export function findClosingQuote(
  bytes: Uint8Array,
  start: number,
  end: number,
  final: boolean,
  out: QuoteScan,
): number {
  out.hasDoubledQuotes = false;
  let p = start;
  for (;;) {
    // indexOf may look past `end` into stale buffer bytes; anything found there counts as not found.
    const quote = bytes.indexOf(QUOTE, p);
    if (quote < 0 || quote >= end) return -1;
    if (quote + 1 >= end) return final ? quote : -1;
    if (bytes[quote + 1] !== QUOTE) return quote;
    out.hasDoubledQuotes = true;
    p = quote + 2;
  }
}

/** Physical line breaks in `[start, end)`: LF, CRLF and lone CR each count once. */
export function countLineBreaks(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let p = start; p < end; p++) {
    const byte = bytes[p];
    if (byte === LF) count++;
    else if (byte === CR && bytes[p + 1] !== LF) count++;
  }
  return count;
}

/** True for the bytes that end a field. */
export const endsField = (byte: number | undefined, delimiter: number): boolean =>
  byte === delimiter || byte === LF || byte === CR;

const SAMPLE_BYTES = 1 << 18;

/** Rows a file of `totalBytes` likely holds, judged by the line breaks in its first chunk. */
export function estimateRowCount(firstChunk: Uint8Array, totalBytes: number): number {
  const sampleEnd = Math.min(firstChunk.length, SAMPLE_BYTES);
  let lines = 0;
  for (let p = firstChunk.indexOf(LF); p >= 0 && p < sampleEnd; p = firstChunk.indexOf(LF, p + 1)) {
    lines++;
  }
  if (lines === 0) return 0;
  // A little over, so that a slightly longer tail does not double the storage.
  return Math.min(Math.ceil((totalBytes / sampleEnd) * lines * 1.05) + 16, totalBytes);
}
