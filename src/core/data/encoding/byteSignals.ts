import type { EncodingName } from '../importTypes';

interface Bom {
  readonly encoding: EncodingName;
  readonly bytes: readonly number[];
}

const BOMS: readonly Bom[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function startsWith(sample: Uint8Array, bytes: readonly number[]): boolean {
  return sample.length >= bytes.length && bytes.every((byte, i) => sample[i] === byte);
}

/** The encoding announced by a byte-order mark at the start of `sample`, if any. */
export function detectBom(sample: Uint8Array): Bom | null {
  return BOMS.find((bom) => startsWith(sample, bom.bytes)) ?? null;
}

/** How many leading bytes of `sample` are a BOM of `encoding` (0 if none); for forced encodings. */
export function bomLengthFor(sample: Uint8Array, encoding: EncodingName): number {
  const bom = BOMS.find((candidate) => candidate.encoding === encoding);
  return bom !== undefined && startsWith(sample, bom.bytes) ? bom.bytes.length : 0;
}

/** Share of sampled byte pairs whose even (first) or odd (second) byte is NUL. */
function nulShares(sample: Uint8Array): { even: number; odd: number } {
  const pairs = Math.floor(Math.min(sample.length, 65536) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  return pairs === 0 ? { even: 0, odd: 0 } : { even: even / pairs, odd: odd / pairs };
}

/**
 * UTF-16 without a BOM, recognised from its NULs: ASCII-heavy text has a zero high byte in most
 * code units, so NULs pile up on one side (odd offsets for LE, even for BE) and not the other.
 */
export function utf16FromNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const { even, odd } = nulShares(sample);
  if (odd >= 0.3 && even <= 0.05) return 'utf-16le';
  if (even >= 0.3 && odd <= 0.05) return 'utf-16be';
  return null;
}

function isAsciiRange(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if ((bytes[i] ?? 0) >= 0x80) return false;
  }
  return true;
}

/** True when every byte is 7-bit ASCII; checks four bytes at a time, as this runs on every chunk. */
export function isAscii(bytes: Uint8Array): boolean {
  const head = (4 - (bytes.byteOffset % 4)) % 4;
  if (bytes.length < head + 4) return isAsciiRange(bytes, 0, bytes.length);
  if (!isAsciiRange(bytes, 0, head)) return false;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >> 2);
  for (let w = 0; w < words.length; w++) {
    if (((words[w] ?? 0) & 0x80808080) !== 0) return false;
  }
  return isAsciiRange(bytes, head + words.length * 4, bytes.length);
}

/** Bytes a UTF-8 sequence starting with `lead` needs, or 0 when `lead` cannot start one. */
export function utf8SequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Where a UTF-8 sequence cut off by the end of `bytes` starts (bytes.length when none is cut),
 * so a chunk can be validated up to there and the rest carried into the next chunk.
 */
export function utf8CompleteLength(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = bytes[end - back] ?? 0;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) return utf8SequenceLength(byte) > back ? end - back : end;
  }
  return end;
}
