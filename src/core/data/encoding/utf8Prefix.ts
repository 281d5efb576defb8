import { utf8SequenceLength } from './byteSignals';

/** How far bytes read as UTF-8, and how much non-ASCII text that stretch held. */
export interface Utf8Prefix {
  /** Offset of the first byte that breaks UTF-8; the length when none does. */
  readonly validUntil: number;
  /** Multi-byte characters before it. */
  readonly multibyte: number;
}

/** Reads `bytes` as UTF-8 up to the first byte that breaks it (a character cut by the end is fine). */
export function utf8Prefix(bytes: Uint8Array): Utf8Prefix {
  let multibyte = 0;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    const length = utf8SequenceLength(lead);
    if (length === 0) return { validUntil: at, multibyte };
    const end = Math.min(bytes.length, at + length);
    for (let next = at + 1; next < end; next++) {
      if ((bytes[next]! & 0xc0) !== 0x80) return { validUntil: at, multibyte };
    }
    multibyte += 1;
    at += length;
  }
  return { validUntil: bytes.length, multibyte };
}

/** Line breaks (LF) in `bytes[0, end)`. */
export function countLineBreaks(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * Several non-ASCII UTF-8 characters before the first invalid byte: by chance, legacy text
 * (GBK, Big5, Shift_JIS, Windows-1252) almost never forms even one.
 */
export const MIXED_ENCODING_MIN_CHARS = 4;
