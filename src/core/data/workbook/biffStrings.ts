const utf16 = new TextDecoder('utf-16le');
const CHUNK = 8192;

/** Compressed BIFF text: each byte is a UTF-16 code unit with a zero high byte (not cp1252). */
function decodeCompressed(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + CHUNK)));
  }
  return out;
}

/**
 * Reads across a record and its CONTINUE records as one byte sequence, except that text which
 * spills into a CONTINUE record restarts there with a fresh compressed/uncompressed flag byte.
 */
export class ContinuedReader {
  private range = 0;
  private at: number;
  private end: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly ranges: readonly [number, number][],
  ) {
    const first = ranges[0] ?? [0, 0];
    this.at = first[0];
    this.end = first[1];
  }

  /** True while there are bytes left to read. */
  hasMore(): boolean {
    return this.ensure();
  }

  u8(): number {
    if (!this.ensure()) return 0;
    const value = this.bytes[this.at] ?? 0;
    this.at += 1;
    return value;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0 && this.ensure()) {
      const step = Math.min(left, this.end - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** Reads `count` characters, honouring the flag byte repeated at each CONTINUE boundary. */
  chars(count: number, highByte: boolean): string {
    let left = count;
    let wide = highByte;
    let out = '';
    while (left > 0) {
      if (this.at >= this.end) {
        if (!this.moveToNextRange()) break;
        wide = (this.u8() & 1) !== 0;
        continue;
      }
      const available = wide ? (this.end - this.at) >> 1 : this.end - this.at;
      if (available === 0) {
        this.at = this.end; // a stray odd byte: skip to the next record
        continue;
      }
      const n = Math.min(left, available);
      const size = wide ? n * 2 : n;
      const slice = this.bytes.subarray(this.at, this.at + size);
      out += wide ? utf16.decode(slice) : decodeCompressed(slice);
      this.at += size;
      left -= n;
    }
    return out;
  }

  /** XLUnicodeString: u16 length, flag byte, characters. */
  unicodeString(): string {
    const count = this.u16();
    return this.chars(count, (this.u8() & 1) !== 0);
  }

  /** ShortXLUnicodeString (sheet names): u8 length, flag byte, characters. */
  shortUnicodeString(): string {
    const count = this.u8();
    return this.chars(count, (this.u8() & 1) !== 0);
  }

  /** XLUnicodeRichExtendedString (SST items): text plus rich-run and phonetic data to skip. */
  richExtendedString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = (flags & 8) !== 0 ? this.u16() : 0;
    const extended = (flags & 4) !== 0 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) !== 0);
    this.skip(runs * 4 + extended);
    return text;
  }

  private ensure(): boolean {
    while (this.at >= this.end) if (!this.moveToNextRange()) return false;
    return true;
  }

  private moveToNextRange(): boolean {
    const next = this.ranges[this.range + 1];
    if (next === undefined) return false;
    this.range += 1;
    this.at = next[0];
    this.end = next[1];
    return true;
  }
}

/** Reads the shared string table from an SST record and its CONTINUE records. */
export function readSharedStringTable(
  bytes: Uint8Array,
  ranges: readonly [number, number][],
): string[] {
  const reader = new ContinuedReader(bytes, ranges);
  reader.skip(4); // total string count
  const unique = reader.u32();
  const strings: string[] = [];
  for (let i = 0; i < unique && reader.hasMore(); i += 1) strings.push(reader.richExtendedString());
  return strings;
}
