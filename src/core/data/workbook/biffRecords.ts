/** BIFF8 record type ids used here ([MS-XLS] 2.3). */
export const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
} as const;

export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

export function f64(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0, true);
}

const rkScratch = new DataView(new ArrayBuffer(8));

/** Decodes an RK number: a 30-bit integer or the top 30 bits of a double, maybe divided by 100. */
export function decodeRk(rk: number): number {
  let value: number;
  if ((rk & 2) !== 0) {
    value = rk >> 2;
  } else {
    rkScratch.setUint32(0, 0, true);
    rkScratch.setUint32(4, rk & 0xfffffffc, true);
    value = rkScratch.getFloat64(0, true);
  }
  return (rk & 1) !== 0 ? value / 100 : value;
}

/** Walks the records of a BIFF stream: [type u16][length u16][data]. */
export class RecordCursor {
  type = -1;
  start = 0; // where the current record's data begins
  length = 0;
  truncated = false;

  constructor(
    readonly bytes: Uint8Array,
    private next_ = 0,
  ) {}

  /** Moves to the next record; false at the end of the stream (or when it is cut short). */
  next(): boolean {
    const at = this.next_;
    if (at + 4 > this.bytes.length) return false;
    const length = u16(this.bytes, at + 2);
    if (at + 4 + length > this.bytes.length) {
      this.truncated = true;
      return false;
    }
    this.type = u16(this.bytes, at);
    this.start = at + 4;
    this.length = length;
    this.next_ = at + 4 + length;
    return true;
  }

  /** The type of the record after the current one, or -1. */
  peekType(): number {
    return this.next_ + 4 <= this.bytes.length ? u16(this.bytes, this.next_) : -1;
  }

  /** The data ranges of the current record and the CONTINUE records after it (consumed). */
  withContinues(): [number, number][] {
    const ranges: [number, number][] = [[this.start, this.start + this.length]];
    while (this.peekType() === RECORD.CONTINUE && this.next()) {
      ranges.push([this.start, this.start + this.length]);
    }
    return ranges;
  }
}
