import { STRINGS_PER_CHUNK, type PackedStrings } from './packedStrings';

/*
 * One list at a time out of a packing (see packedStrings), so that the lists a caller does not
 * need yet can stay packed: only the chunks a list spans are decoded.
 */

/** Where each list's first string sits among all the packed strings. */
export function listStarts(packed: PackedStrings): Uint32Array {
  const starts = new Uint32Array(packed.listLengths.length);
  let at = 0;
  packed.listLengths.forEach((length, list) => {
    starts[list] = at;
    at += length;
  });
  return starts;
}

/** Part of a list within one chunk: strings `first` to `last` - 1, at units `from` to `to`. */
interface ChunkSpan {
  readonly chunk: number;
  readonly first: number;
  readonly last: number;
  readonly from: number;
  readonly to: number;
}

/** The chunks that strings `start` to `start + length - 1` span, in order (nothing decoded). */
function* chunkSpans(packed: PackedStrings, start: number, length: number) {
  const { stringEnds } = packed;
  const end = start + length;
  for (
    let chunk = Math.floor(start / STRINGS_PER_CHUNK);
    chunk * STRINGS_PER_CHUNK < end;
    chunk++
  ) {
    const chunkStart = chunk * STRINGS_PER_CHUNK;
    const first = Math.max(start, chunkStart);
    const last = Math.min(end, chunkStart + STRINGS_PER_CHUNK);
    const from = first === chunkStart ? 0 : (stringEnds[first - 1] as number);
    const span: ChunkSpan = { chunk, first, last, from, to: stringEnds[last - 1] as number };
    yield span;
  }
}

/** Decodes chunk after chunk of one packing. */
function chunkDecoder(packed: PackedStrings): (chunk: number) => string {
  const { bytes, chunkByteEnds } = packed;
  // ignoreBOM: a string may begin with U+FEFF, which must survive.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (chunk) => {
    const byteStart = chunk === 0 ? 0 : (chunkByteEnds[chunk - 1] as number);
    return decoder.decode(bytes.subarray(byteStart, chunkByteEnds[chunk]));
  };
}

/** Unpacks one list (its strings from index `start` on), yielding after each chunk. */
export function* unpackList(
  packed: PackedStrings,
  start: number,
  length: number,
): Generator<void, string[], void> {
  const decode = chunkDecoder(packed);
  const strings: string[] = [];
  for (const { chunk, first, last, from } of chunkSpans(packed, start, length)) {
    const text = decode(chunk);
    let at = from;
    for (let i = first; i < last; i++) {
      const to = packed.stringEnds[i] as number;
      strings.push(text.slice(at, to));
      at = to;
    }
    yield;
  }
  return strings;
}

/**
 * One list as its UTF-16 code units and each string's end among them, straight from the packed
 * bytes (no JS string per item), yielding after each chunk.
 */
export function* unpackListUnits(
  packed: PackedStrings,
  start: number,
  length: number,
): Generator<void, { units: Uint16Array; ends: Int32Array }, void> {
  const spans = [...chunkSpans(packed, start, length)];
  const units = new Uint16Array(spans.reduce((sum, { from, to }) => sum + to - from, 0));
  const ends = new Int32Array(length);
  const decode = chunkDecoder(packed);
  let at = 0;
  for (const { chunk, first, last, from, to } of spans) {
    const text = decode(chunk);
    for (let k = from; k < to; k++) units[at + k - from] = text.charCodeAt(k);
    for (let i = first; i < last; i++)
      ends[i - start] = at + (packed.stringEnds[i] as number) - from;
    at += to - from;
    yield;
  }
  return { units, ends };
}

/**
 * One list as a packing of its own, to send elsewhere (a worker): the bytes of the chunks the
 * list spans, copied, with their chunk and string ends; `start` is the list's first string in it.
 */
export function listPacking(
  packed: PackedStrings,
  start: number,
  length: number,
): { readonly packed: PackedStrings; readonly start: number } {
  const firstChunk = Math.floor(start / STRINGS_PER_CHUNK);
  const endChunk = Math.max(firstChunk, Math.ceil((start + length) / STRINGS_PER_CHUNK));
  const byteAt = (chunk: number) => (chunk === 0 ? 0 : (packed.chunkByteEnds[chunk - 1] as number));
  const byteStart = byteAt(firstChunk);
  const firstString = firstChunk * STRINGS_PER_CHUNK;
  const endString = Math.min(endChunk * STRINGS_PER_CHUNK, packed.stringEnds.length);
  return {
    packed: {
      bytes: packed.bytes.slice(byteStart, byteAt(endChunk)),
      listLengths: Uint32Array.of(endString - firstString),
      chunkByteEnds: packed.chunkByteEnds.slice(firstChunk, endChunk).map((end) => end - byteStart),
      stringEnds: packed.stringEnds.slice(firstString, endString),
    },
    start: start - firstString,
  };
}
