import { fail, ok, type Result } from '../../result';
import type { EncodingConfidence, EncodingName, ImportError } from '../importTypes';
import { detectBom, utf16FromNulPattern, utf8CompleteLength } from './byteSignals';
import { decodeStrict } from './decoders';
import { looksBinary } from './looksBinary';
import { plausibility, type LegacyEncoding } from './plausibility';
import { countLineBreaks, MIXED_ENCODING_MIN_CHARS, utf8Prefix } from './utf8Prefix';

export interface EncodingGuess {
  readonly encoding: EncodingName;
  readonly confidence: EncodingConfidence;
  readonly bomLength: number;
}

/** A legacy decoding and how plausible it reads (0..1). */
export interface ScoredCandidate {
  readonly encoding: LegacyEncoding;
  readonly score: number;
}

/** Tried in this order; on equal scores the earlier one wins. */
const LEGACY_CANDIDATES: readonly LegacyEncoding[] = [
  'gb18030',
  'big5',
  'shift_jis',
  'windows-1252',
];

/** Below this mean evidence a decoding reads as mojibake and is not offered. */
export const PLAUSIBLE_SCORE = 0.5;

const NO_CLEAN_ENCODING: ImportError = { code: 'no-clean-encoding' };

/** True when `sample` is valid UTF-8, allowing a sequence cut by the sample's end unless `complete`. */
function isValidUtf8(sample: Uint8Array, complete: boolean): boolean {
  const checked = complete ? sample : sample.subarray(0, utf8CompleteLength(sample));
  return decodeStrict(checked, 'utf-8', true) !== null;
}

/** Scores every legacy encoding that decodes `sample` without errors, best first. */
export function scoreLegacyEncodings(sample: Uint8Array, complete: boolean): ScoredCandidate[] {
  const scored: ScoredCandidate[] = [];
  for (const encoding of LEGACY_CANDIDATES) {
    const text = decodeStrict(sample, encoding, complete);
    if (text !== null) scored.push({ encoding, score: plausibility(text, encoding) });
  }
  // Array.prototype.sort is stable, so ties keep the candidate order.
  return scored.sort((a, b) => b.score - a.score);
}

function guessFromBom(
  sample: Uint8Array,
  complete: boolean,
): Result<EncodingGuess, ImportError> | null {
  const bom = detectBom(sample);
  if (bom === null) return null;
  const body = sample.subarray(bom.bytes.length);
  const valid =
    bom.encoding === 'utf-8'
      ? isValidUtf8(body, complete)
      : decodeStrict(body, bom.encoding, complete) !== null;
  if (!valid) return fail(NO_CLEAN_ENCODING);
  return ok({ encoding: bom.encoding, confidence: 'bom', bomLength: bom.bytes.length });
}

function guessLegacy(sample: Uint8Array, complete: boolean): Result<EncodingGuess, ImportError> {
  const plausible = scoreLegacyEncodings(sample, complete).filter(
    (candidate) => candidate.score >= PLAUSIBLE_SCORE,
  );
  const best = plausible[0];
  if (best === undefined) return fail(NO_CLEAN_ENCODING);
  const confidence = plausible.length === 1 ? 'clean' : 'guess';
  return ok({ encoding: best.encoding, confidence, bomLength: 0 });
}

/**
 * Guesses the encoding of a file from its first bytes (`complete`: the sample is the whole file).
 * Order: binary check, byte-order mark, UTF-16 NUL pattern, valid UTF-8 (ASCII included), UTF-8
 * that breaks off (mixed encodings), then the most plausible legacy decoding. Fails rather than
 * guess when no decoding reads as text.
 */
export function detectEncoding(
  sample: Uint8Array,
  complete: boolean,
): Result<EncodingGuess, ImportError> {
  if (looksBinary(sample)) return fail({ code: 'binary-file' });
  const fromBom = guessFromBom(sample, complete);
  if (fromBom !== null) return fromBom;
  const utf16 = utf16FromNulPattern(sample);
  if (utf16 !== null) {
    return decodeStrict(sample, utf16, complete) === null
      ? fail(NO_CLEAN_ENCODING)
      : ok({ encoding: utf16, confidence: 'clean', bomLength: 0 });
  }
  if (isValidUtf8(sample, complete)) {
    return ok({ encoding: 'utf-8', confidence: 'clean', bomLength: 0 });
  }
  // UTF-8 text that turns into another encoding would decode as mojibake in any single one.
  const prefix = utf8Prefix(sample);
  if (prefix.multibyte >= MIXED_ENCODING_MIN_CHARS) {
    return fail({ code: 'mixed-encoding', row: countLineBreaks(sample, prefix.validUntil) + 1 });
  }
  return guessLegacy(sample, complete);
}

// The whole encoding API is reachable from this module, which the importers use.
export { looksBinary };
export { bomLengthFor } from './byteSignals';
export { createUtf8Transcoder, decodeSample, type Utf8Transcoder } from './transcoder';
