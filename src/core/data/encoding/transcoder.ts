import { fail, ok, type Result } from '../../result';
import type { EncodingName, ImportError } from '../importTypes';
import { isAscii, utf8CompleteLength } from './byteSignals';
import { createChunkDecoder, type TextChunkDecoder } from './decoders';
import { countLineBreaks, MIXED_ENCODING_MIN_CHARS, utf8Prefix } from './utf8Prefix';
import type { EncodingGuess } from './detectEncoding';

export interface Utf8Transcoder {
  /** UTF-8 bytes for `chunk` (possibly a view of it); bytes of a character cut at its end wait for the next push. */
  push(chunk: Uint8Array): Result<Uint8Array, ImportError>;
  /** The last bytes; fails when the file ends inside a character. */
  finish(): Result<Uint8Array, ImportError>;
}

const NO_CLEAN_ENCODING: ImportError = { code: 'no-clean-encoding' };
const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** Drops the first `count` bytes of a stream, however it is chunked. */
function createBomSkipper(count: number): (chunk: Uint8Array) => Uint8Array {
  let left = count;
  return (chunk) => {
    if (left === 0) return chunk;
    const skipped = Math.min(left, chunk.length);
    left -= skipped;
    return chunk.subarray(skipped);
  };
}

/** Failure is sticky: once a chunk fails, every later call fails too. */
function withStickyFailure(transcoder: Utf8Transcoder): Utf8Transcoder {
  let failure: ImportError | null = null;
  const guard = (result: Result<Uint8Array, ImportError>) => {
    if (!result.ok) failure = result.error;
    return result;
  };
  return {
    push: (chunk) => (failure ? fail(failure) : guard(transcoder.push(chunk))),
    finish: () => (failure ? fail(failure) : guard(transcoder.finish())),
  };
}

/** UTF-8 passes through untouched but validated; all-ASCII chunks skip the decoder. */
function createUtf8Validator(skipBom: (chunk: Uint8Array) => Uint8Array): Utf8Transcoder {
  const validator = createChunkDecoder('utf-8', true);
  let carry = EMPTY;
  let lines = 0; // line breaks passed on, to say where the text stops being UTF-8
  let multibyte = 0; // non-ASCII characters passed on: enough of them prove the text was UTF-8
  return {
    push(chunk) {
      const bytes = concat(carry, skipBom(chunk));
      if (carry.length === 0 && isAscii(bytes)) {
        lines += countLineBreaks(bytes);
        return ok(bytes);
      }
      const cut = utf8CompleteLength(bytes);
      const whole = bytes.subarray(0, cut);
      carry = bytes.slice(cut);
      try {
        validator.decode(whole, false);
      } catch {
        const prefix = utf8Prefix(whole);
        if (multibyte + prefix.multibyte < MIXED_ENCODING_MIN_CHARS) return fail(NO_CLEAN_ENCODING);
        const row = lines + countLineBreaks(whole, prefix.validUntil) + 1;
        return fail({ code: 'mixed-encoding', row });
      }
      lines += countLineBreaks(whole);
      multibyte += utf8Prefix(whole).multibyte;
      return ok(whole);
    },
    finish: () => (carry.length === 0 ? ok(EMPTY) : fail(NO_CLEAN_ENCODING)),
  };
}

function createReencoder(
  decoder: TextChunkDecoder,
  skipBom: (chunk: Uint8Array) => Uint8Array,
): Utf8Transcoder {
  const encoder = new TextEncoder();
  const run = (chunk: Uint8Array, stream: boolean): Result<Uint8Array, ImportError> => {
    try {
      return ok(encoder.encode(decoder.decode(chunk, stream)));
    } catch {
      return fail(NO_CLEAN_ENCODING);
    }
  };
  return { push: (chunk) => run(skipBom(chunk), true), finish: () => run(EMPTY, false) };
}

/**
 * Streams a file in `encoding` to UTF-8 bytes, skipping a `bomLength`-byte BOM. Bytes the
 * encoding cannot decode fail with no-clean-encoding instead of becoming U+FFFD.
 */
export function createUtf8Transcoder(encoding: EncodingName, bomLength: number): Utf8Transcoder {
  const skipBom = createBomSkipper(bomLength);
  const inner =
    encoding === 'utf-8'
      ? createUtf8Validator(skipBom)
      : createReencoder(createChunkDecoder(encoding, true), skipBom);
  return withStickyFailure(inner);
}

/** Decodes a sample for sniffing delimiters and headers; lenient, and drops a character cut at the end. */
export function decodeSample(sample: Uint8Array, guess: EncodingGuess, complete: boolean): string {
  const decoder = createChunkDecoder(guess.encoding, false);
  return decoder.decode(sample.subarray(guess.bomLength), !complete);
}
