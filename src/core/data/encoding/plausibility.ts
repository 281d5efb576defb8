import { COMMON_JAPANESE, COMMON_SIMPLIFIED, COMMON_TRADITIONAL } from './commonHanzi';
import { isUnassignedWindows1252 } from './windows1252';

/** Encodings told apart by how plausible their decoding reads, not by a byte-order mark. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';

// Weights (0..1, PUA and unassigned bytes negative) a decoded non-ASCII character earns as evidence.
const PRIVATE_USE = -1;
const RARE = 0.05;

const inRange = (cp: number, low: number, high: number): boolean => cp >= low && cp <= high;

function isKana(cp: number): boolean {
  return inRange(cp, 0x3040, 0x30ff);
}

function isHalfWidthKana(cp: number): boolean {
  return inRange(cp, 0xff61, 0xff9f);
}

const isAsciiOrHalfWidthKana = (cp: number): boolean => cp < 0x80 || isHalfWidthKana(cp);

/**
 * Half-width katakana is real in old Japanese exports (name readings like ﾀﾅｶ ﾀﾛｳ), written as
 * whole words between ASCII, with sound marks and small kana only after a kana. Chinese bytes
 * read as Shift_JIS also give half-width kana, but mixed with kanji.
 */
function halfWidthKanaWeight(cp: number, previous: number, next: number): number {
  const needsKanaBefore =
    cp === 0xff9e || cp === 0xff9f || cp === 0xff70 || inRange(cp, 0xff67, 0xff6f);
  if (needsKanaBefore && !inRange(previous, 0xff66, 0xff9d)) return 0.1;
  return isAsciiOrHalfWidthKana(previous) && isAsciiOrHalfWidthKana(next) ? 0.6 : 0.2;
}

/** Weight of a character outside the common list, by Unicode block. */
function cjkBlockWeight(cp: number, japanese: boolean): number {
  if (inRange(cp, 0x4e00, 0x9fff)) return 0.35; // a valid but uncommon ideograph
  if (isKana(cp)) return japanese ? 1 : 0.1;
  if (inRange(cp, 0x3000, 0x303f) || inRange(cp, 0xff01, 0xff5e)) return 0.8; // CJK punctuation, full-width forms
  if (inRange(cp, 0xe000, 0xf8ff) || cp >= 0xf0000) return PRIVATE_USE;
  if (cp === 0xfffd || inRange(cp, 0x80, 0x9f)) return PRIVATE_USE;
  if (inRange(cp, 0xa0, 0x24f)) return 0.3; // Latin letters, e.g. a "José" in a Chinese file
  if (cp === 0x20ac) return 0.5; // €
  return RARE; // extension A/B, compatibility ideographs, Greek, Cyrillic, box drawing, Hangul...
}

/** Mean evidence that `text` is Chinese or Japanese written in the script `common` describes. */
function cjkPlausibility(text: string, common: ReadonlySet<string>, japanese: boolean): number {
  const chars = Array.from(text);
  const codeAt = (i: number): number => chars[i]?.codePointAt(0) ?? 0;
  let total = 0;
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    const cp = codeAt(i);
    if (cp < 0x80) continue;
    count++;
    if (common.has(chars[i] ?? '')) total += 1;
    else if (!isHalfWidthKana(cp)) total += cjkBlockWeight(cp, japanese);
    else total += japanese ? halfWidthKanaWeight(cp, codeAt(i - 1), codeAt(i + 1)) : RARE;
  }
  return count === 0 ? 1 : Math.max(0, total / count);
}

const LATIN_LETTER = /[\p{Script=Latin}ªº]/u;
const ASCII_LETTER = /[A-Za-z]/;
const COMMON_SYMBOLS = new Set(Array.from('€£¥’‘“”‚„–—…•°«»¿¡©®™²³½¼¾§·±×µ\u00a0'));

function latinWeight(char: string, run: number, touchesAsciiLetter: boolean): number {
  if (isUnassignedWindows1252(char)) return PRIVATE_USE;
  // Western words carry one or two accented letters in a row; CJK mojibake makes long runs.
  if (run >= 3) return RARE;
  // A lone accented letter is a word of its own in French and Portuguese ("à", "é").
  if (LATIN_LETTER.test(char)) return touchesAsciiLetter ? 1 : run === 1 ? 0.6 : 0.3;
  if (COMMON_SYMBOLS.has(char)) return 0.8;
  return 0.2;
}

/** Mean evidence that `text` is a Western European language. */
function latinPlausibility(text: string): number {
  const chars = Array.from(text);
  let total = 0;
  let count = 0;
  for (let start = 0; start < chars.length; start++) {
    if ((chars[start]?.codePointAt(0) ?? 0) < 0x80) continue;
    let end = start;
    while (end < chars.length && (chars[end]?.codePointAt(0) ?? 0) >= 0x80) end++;
    const touches =
      ASCII_LETTER.test(chars[start - 1] ?? '') || ASCII_LETTER.test(chars[end] ?? '');
    for (let i = start; i < end; i++) total += latinWeight(chars[i] ?? '', end - start, touches);
    count += end - start;
    start = end;
  }
  return count === 0 ? 1 : Math.max(0, total / count);
}

/** How much `text` (decoded from `encoding` without errors) reads like real text: 0 (mojibake) to 1. */
export function plausibility(text: string, encoding: LegacyEncoding): number {
  switch (encoding) {
    case 'gb18030':
      return cjkPlausibility(text, COMMON_SIMPLIFIED, false);
    case 'big5':
      return cjkPlausibility(text, COMMON_TRADITIONAL, false);
    case 'shift_jis':
      return cjkPlausibility(text, COMMON_JAPANESE, true);
    case 'windows-1252':
      return latinPlausibility(text);
  }
}
