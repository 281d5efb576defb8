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

  /** The bytes written; copied to an exact size only when much of the buffer is unused. */
  result(): Uint8Array {
    const used = this.bytes.subarray(0, this.length);
    return this.bytes.length - this.length > this.length / 8 ? used.slice() : used;
  }
}

/** Packs `lists`; null when a string holds a lone surrogate, which UTF-8 cannot carry exactly. */
export function packStrings(lists: readonly (readonly string[])[]): PackedStrings | null {
  const listLengths = Uint32Array.from(lists, (list) => list.length);
  const total = listLengths.reduce((sum, n) => sum + n, 0);
  let units = 0;
  for (const list of lists) for (const text of list) units += text.length;
  const sink = new Utf8Sink(units + 16); // exact for ASCII; grows otherwise
  const stringEnds = new Uint32Array(total);
  const chunkByteEnds = new Uint32Array(Math.ceil(total / STRINGS_PER_CHUNK));
  let pieces: string[] = [];
  let end = 0;
  let at = 0;
  const flush = (): boolean => {
    const text = pieces.join('');
    if (hasLoneSurrogate(text)) return false;
    sink.write(text);
    chunkByteEnds[Math.floor((at - 1) / STRINGS_PER_CHUNK)] = sink.length;
    pieces = [];
    end = 0;
    return true;
  };
  for (const list of lists) {
    for (const text of list) {
      end += text.length;
      stringEnds[at++] = end;
      pieces.push(text);
      if (at % STRINGS_PER_CHUNK === 0 && !flush()) return null;
    }
  }
  if (pieces.length > 0 && !flush()) return null;
  return { bytes: sink.result(), listLengths, chunkByteEnds, stringEnds };
}

/** The buffers behind a packing, to transfer rather than copy between threads. */
export function packedStringBuffers(packed: PackedStrings): ArrayBuffer[] {
  const { bytes, listLengths, chunkByteEnds, stringEnds } = packed;
  const buffers = [bytes.buffer, listLengths.buffer, chunkByteEnds.buffer, stringEnds.buffer];
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}
