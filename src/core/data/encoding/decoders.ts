import type { EncodingName } from '../importTypes';
import { decodeWindows1252 } from './windows1252';

/** A streaming decoder to text; `decode` throws on bytes the encoding cannot represent when fatal. */
export interface TextChunkDecoder {
  decode(chunk: Uint8Array, stream: boolean): string;
}

/** Decodes with TextDecoder, except windows-1252, which Node gets wrong (see windows1252.ts). */
export function createChunkDecoder(encoding: EncodingName, fatal: boolean): TextChunkDecoder {
  if (encoding === 'windows-1252') return { decode: (chunk) => decodeWindows1252(chunk) };
  // ignoreBOM: callers strip the BOM themselves, so a U+FEFF inside the data survives.
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  return { decode: (chunk, stream) => decoder.decode(chunk, { stream }) };
}

/** Decodes `bytes` strictly; null when they are not valid in `encoding`. A cut end is allowed unless `complete`. */
export function decodeStrict(
  bytes: Uint8Array,
  encoding: EncodingName,
  complete: boolean,
): string | null {
  try {
    return createChunkDecoder(encoding, true).decode(bytes, !complete);
  } catch {
    return null;
  }
}
