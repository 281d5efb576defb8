/**
 * Lists of strings packed as UTF-8 into one buffer. A million-row table holds millions of
 * distinct strings; cloned one by one into another thread they cost that thread a second or more
 * of deserialising in one go, while a packed buffer is transferred for free and unpacked a chunk
 * at a time (see packedLists.unpackList).
 */
export interface PackedStrings {
  /** UTF-8 of every string, list after list. */
  readonly bytes: Uint8Array;
  /** How many strings each list holds. */
  readonly listLengths: Uint32Array;
  /** Byte end of each chunk of STRINGS_PER_CHUNK strings (the last chunk may hold fewer). */
  readonly chunkByteEnds: Uint32Array;
  /** Per string, its end in UTF-16 code units within its chunk's decoded text. */
  readonly stringEnds: Uint32Array;
}

/** Strings decoded per step: a step stays well under a millisecond or two on a slow machine. */
export const STRINGS_PER_CHUNK = 8192;

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** UTF-8 cannot carry a lone surrogate (it would come back as U+FFFD). */
function hasLoneSurrogate(text: string): boolean {
  return SURROGATE.test(text) && LONE_SURROGATE.test(text);
}

/** A byte buffer that grows as text is encoded into it. */
class Utf8Sink {
  private readonly encoder = new TextEncoder();
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = this.encoder.encodeInto(rest, this.bytes.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // Up to 3 bytes per UTF-16 code unit.
      const needed = this.length + rest.length * 3;
      const grown = new Uint8Array(Math.max(needed, Math.ceil(this.bytes.length * 1.5)));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
  }

  /** Appends bytes as they are (already UTF-8). */
  writeBytes(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) {
      const grown = new Uint8Array(
        Math.max(this.length + bytes.length, Math.ceil(this.bytes.length * 1.5)),
      );
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written; copied to an exact size only when much of the buffer is unused. */
  result(): Uint8Array {
    const used = this.bytes.subarray(0, this.length);
    return this.bytes.length - this.length > this.length / 8 ? used.slice() : used;
  }
}

/** ASCII texts held as bytes: text `i` is `arena[offsets[i], offsets[i + 1])` (one unit per byte). */
export interface AsciiTextBytes {
  readonly arena: Uint8Array;
  /** One more entry than texts; the first is where the first text starts. */
  readonly offsets: Int32Array;
}

/** A list to pack: strings, or ASCII texts still held as bytes (copied as they are, not decoded). */
export type PackableList = readonly string[] | AsciiTextBytes;

const isBytes = (list: PackableList): list is AsciiTextBytes => 'arena' in list;
const lengthOf = (list: PackableList): number =>
  isBytes(list) ? list.offsets.length - 1 : list.length;

/** Writes one chunk's texts and byte runs in order; strings are joined and checked per run. */
class ChunkWriter {
  private texts: string[] = [];

  constructor(readonly sink: Utf8Sink) {}

  text(text: string): void {
    this.texts.push(text);
  }

  /** False when the strings before the bytes hold a lone surrogate. */
  bytes(bytes: Uint8Array): boolean {
    if (!this.writeTexts()) return false;
    this.sink.writeBytes(bytes);
    return true;
  }

  /** False when the buffered strings hold a lone surrogate. */
  writeTexts(): boolean {
    if (this.texts.length === 0) return true;
    const text = this.texts.join('');
    this.texts = [];
    if (hasLoneSurrogate(text)) return false;
    this.sink.write(text);
    return true;
  }
}

/** Packs `lists`; null when a string holds a lone surrogate, which UTF-8 cannot carry exactly. */
export function packStrings(lists: readonly PackableList[]): PackedStrings | null {
  const listLengths = Uint32Array.from(lists, lengthOf);
  const total = listLengths.reduce((sum, n) => sum + n, 0);
  let units = 0;
  for (const list of lists) {
    if (isBytes(list)) units += (list.offsets.at(-1) ?? 0) - (list.offsets[0] ?? 0);
    else for (const text of list) units += text.length;
  }
  const writer = new ChunkWriter(new Utf8Sink(units + 16)); // exact for ASCII; grows otherwise
  const stringEnds = new Uint32Array(total);
  const chunkByteEnds = new Uint32Array(Math.ceil(total / STRINGS_PER_CHUNK));
  let end = 0;
  let at = 0;
  const closeChunk = (): boolean => {
    if (!writer.writeTexts()) return false;
    chunkByteEnds[Math.floor((at - 1) / STRINGS_PER_CHUNK)] = writer.sink.length;
    end = 0;
    return true;
  };
  for (const list of lists) {
    if (isBytes(list)) {
      const { arena, offsets } = list;
      let runFrom = offsets[0] ?? 0;
      for (let i = 1; i < offsets.length; i++) {
        const to = offsets[i] as number;
        end += to - (offsets[i - 1] as number);
        stringEnds[at++] = end;
        if (at % STRINGS_PER_CHUNK !== 0) continue;
        if (!writer.bytes(arena.subarray(runFrom, to)) || !closeChunk()) return null;
        runFrom = to;
      }
      const listEnd = offsets.at(-1) ?? runFrom;
      if (runFrom < listEnd && !writer.bytes(arena.subarray(runFrom, listEnd))) return null;
      continue;
    }
    for (const text of list) {
      end += text.length;
      stringEnds[at++] = end;
      writer.text(text);
      if (at % STRINGS_PER_CHUNK === 0 && !closeChunk()) return null;
    }
  }
  if (at % STRINGS_PER_CHUNK !== 0 && !closeChunk()) return null;
  return { bytes: writer.sink.result(), listLengths, chunkByteEnds, stringEnds };
}

/** The buffers behind a packing, to transfer rather than copy between threads. */
export function packedStringBuffers(packed: PackedStrings): ArrayBuffer[] {
  const { bytes, listLengths, chunkByteEnds, stringEnds } = packed;
  const buffers = [bytes.buffer, listLengths.buffer, chunkByteEnds.buffer, stringEnds.buffer];
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
