import type { StringsProfile } from './stringsProfile';

// How a strings column that is no number, date, boolean or ID is read, in this order:
// 1. free text when values are wordy (long or several words) and mostly distinct;
// 2. categorical while distinct values are few in number or few relative to rows;
// 3. free text when short values are nearly all different (names, titles); else categorical.
export const TEXT_MIN_AVERAGE_LENGTH = 30; // characters
export const TEXT_MIN_AVERAGE_WORDS = 3;
export const TEXT_MIN_WORDY_DISTINCT_SHARE = 0.5; // of non-missing rows
export const CATEGORICAL_MAX_LEVELS = 50;
export const CATEGORICAL_MAX_SHARE = 0.05; // of non-missing rows
export const TEXT_MIN_DISTINCT_SHARE = 0.9; // of non-missing rows
/** An ID column may miss at most this share of rows. */
export const ID_MAX_MISSING_SHARE = 0.05;

const ID_HEADER = /(?:^|_|\b)(?:id|code|no|number)$/i;
const ID_HEADER_EXACT_CASE = /(?:(?:^|[^A-Z])ID|[a-z]Id)$/;
const ID_HEADER_CHINESE = /(?:编号|号码|客户号|序号|单号)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Headers that name an identifier: customer_id, Order No., CustomerID, 编号, 客户号. */
export function isIdHeader(name: string): boolean {
  const header = name.trim().replace(/[.\s]+$/, '');
  return (
    ID_HEADER.test(header) || ID_HEADER_EXACT_CASE.test(header) || ID_HEADER_CHINESE.test(header)
  );
}

/** Integer text with leading zeros ("00123"): a ZIP code or ID, whose zeros a number would lose. */
export function hasLeadingZeros(text: string): boolean {
  // Char codes, not a pattern: this runs on every distinct text of every text column.
  if (text.length < 2 || text.charCodeAt(0) !== 48) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** One token that carries a digit (C000123, a UUID, 00123) or an email address. */
export function isIdShapedText(text: string): boolean {
  if (text.length > 64 || /\s/.test(text)) return false;
  return /\d/.test(text) || EMAIL.test(text);
}

/** Unique among non-missing rows, few missing, and every value shaped like an identifier. */
export function looksLikeIdColumn(profile: StringsProfile, rowCount: number): boolean {
  if (profile.texts.length < 2 || profile.missingRows > ID_MAX_MISSING_SHARE * rowCount)
    return false;
  if (profile.textRows.some((rows) => rows > 1)) return false;
  return profile.texts.every(isIdShapedText);
}

/** Free text when values are wordy and mostly distinct, or short but nearly all different. */
export function textOrCategorical(
  profile: StringsProfile,
  rowCount: number,
): 'text' | 'categorical' {
  const distinct = profile.texts.length;
  const distinctShare = distinct / Math.max(1, rowCount - profile.missingRows);
  // The share first: it is one division, and isWordy reads every character of every text.
  if (distinctShare >= TEXT_MIN_WORDY_DISTINCT_SHARE && isWordy(profile.texts)) return 'text';
  if (distinct <= CATEGORICAL_MAX_LEVELS || distinctShare <= CATEGORICAL_MAX_SHARE) {
    return 'categorical';
  }
  return distinctShare >= TEXT_MIN_DISTINCT_SHARE ? 'text' : 'categorical';
}

function isWordy(texts: readonly string[]): boolean {
  let length = 0;
  let words = 0;
  for (const text of texts) {
    length += text.length;
    words += wordsIn(text);
  }
  const count = Math.max(1, texts.length);
  return length / count > TEXT_MIN_AVERAGE_LENGTH || words / count >= TEXT_MIN_AVERAGE_WORDS;
}

/** As many as `text.split(/\s+/)` gives pieces: one more than its runs of whitespace. */
function wordsIn(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space =
      code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text.charAt(i)));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}
