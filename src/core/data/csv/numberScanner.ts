import type { AsciiWindow } from './fieldText';

/** Returned by scanNumber when the bytes are not a plain decimal number. */
export const NOT_A_NUMBER = Infinity;

/** Where scanNumber stopped: the first byte after the number and any trailing spaces. */
export class ScanState {
  end = 0;
  /** Decodes the rare numbers that need Number() (17+ digits, large exponents). */
  constructor(readonly text: AsciiWindow) {}
}

const SPACE = 32;
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
const LOWER_E = 101;
const UPPER_E = 69;
const DOT = 46;
/** Integers up to 2^53 are exact doubles, so mantissa * 10^k then rounds once, like Number(). */
const MAX_EXACT_MANTISSA = 9007199254740992;
/** 10^0 .. 10^22 are all exact doubles (Clinger's fast path). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const MAX_EXPONENT_DIGITS_VALUE = 100000;

/**
 * Reads a plain decimal number (optional sign, digits, decimal mark, exponent; surrounding spaces
 * allowed) starting at `start`, without creating strings. Returns the value, exactly as Number()
 * would read the same text, or NOT_A_NUMBER; `out.end` tells where scanning stopped either way.
 * The caller decides whether the byte at `out.end` ends the field. Leading zeros ("007") are IDs,
 * not numbers; finite results only.
 */
export function scanNumber(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimalMark: number,
  out: ScanState,
): number {
  // Common shapes (-12, 3.25) are read here; anything else goes to the full reader. Kept small
  // so that the engine inlines it into the parser's loop.
  let p = start;
  const negative = p < end && bytes[p] === MINUS;
  if (negative) p++;
  const integerStart = p;
  let mantissa = 0;
  for (; p < end; p++) {
    const digit = bytes[p]! - ZERO;
    if (digit < 0 || digit > 9) break;
    mantissa = mantissa * 10 + digit;
  }
  const integerDigits = p - integerStart;
  let fractionDigits = 0;
  if (p < end && bytes[p] === decimalMark) {
    const fractionStart = ++p;
    for (; p < end; p++) {
      const digit = bytes[p]! - ZERO;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
    }
    fractionDigits = p - fractionStart;
  }
  const next = p < end ? bytes[p]! : 0;
  const plain =
    integerDigits + fractionDigits > 0 && (integerDigits < 2 || bytes[integerStart] !== ZERO);
  if (
    !plain ||
    next === SPACE ||
    next === LOWER_E ||
    next === UPPER_E ||
    mantissa >= MAX_EXACT_MANTISSA ||
    fractionDigits > 22
  ) {
    return scanNumberFully(bytes, start, end, decimalMark, out);
  }
  out.end = p;
  const magnitude =
    fractionDigits === 0 ? mantissa : mantissa / EXACT_POWERS_OF_TEN[fractionDigits]!;
  return negative ? -magnitude : magnitude;
}

/** Every accepted shape: spaces around, '+', exponents, 17+ digits. */
function scanNumberFully(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimalMark: number,
  out: ScanState,
): number {
  let p = start;
  while (p < end && bytes[p] === SPACE) p++;
  const textStart = p;
  let negative = false;
  if (p < end && (bytes[p] === MINUS || bytes[p] === PLUS)) {
    negative = bytes[p] === MINUS;
    p++;
  }
  let mantissa = 0;
  const integerStart = p;
  let digit: number;
  while (p < end && (digit = bytes[p]! - ZERO) >= 0 && digit <= 9) {
    mantissa = mantissa * 10 + digit;
    p++;
  }
  const integerDigits = p - integerStart;
  let fractionDigits = 0;
  if (p < end && bytes[p] === decimalMark) {
    const fractionStart = ++p;
    while (p < end && (digit = bytes[p]! - ZERO) >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      p++;
    }
    fractionDigits = p - fractionStart;
  }
  out.end = p;
  if (integerDigits + fractionDigits === 0) return NOT_A_NUMBER;
  if (integerDigits > 1 && bytes[integerStart] === ZERO) return NOT_A_NUMBER;
  let exponent = 0;
  if (p < end && (bytes[p] === LOWER_E || bytes[p] === UPPER_E)) {
    p = scanExponent(bytes, p + 1, end);
    if (p < 0) return NOT_A_NUMBER;
    exponent = scannedExponent;
  }
  const textEnd = p;
  while (p < end && bytes[p] === SPACE) p++;
  out.end = p;
  const power = exponent - fractionDigits;
  if (mantissa < MAX_EXACT_MANTISSA && power >= -22 && power <= 22) {
    const magnitude =
      power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power]! : mantissa / EXACT_POWERS_OF_TEN[-power]!;
    return negative ? -magnitude : magnitude;
  }
  return parseWithNumber(bytes, textStart, textEnd, decimalMark, out);
}

let scannedExponent = 0;

/** Reads `[+-]digits` after an 'e'; returns the end position (or -1), the value in scannedExponent. */
function scanExponent(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  let negative = false;
  if (p < end && (bytes[p] === MINUS || bytes[p] === PLUS)) {
    negative = bytes[p] === MINUS;
    p++;
  }
  const digitsStart = p;
  let value = 0;
  let digit: number;
  while (p < end && (digit = bytes[p]! - ZERO) >= 0 && digit <= 9) {
    if (value < MAX_EXPONENT_DIGITS_VALUE) value = value * 10 + digit;
    p++;
  }
  if (p === digitsStart) return -1;
  scannedExponent = negative ? -value : value;
  return p;
}

/** The rare slow path (17+ significant digits, huge exponents): let the engine round it. */
function parseWithNumber(
  bytes: Uint8Array,
  start: number,
  end: number,
  decimalMark: number,
  state: ScanState,
) {
  const text = state.text.ascii(bytes, start, end);
  const value = Number(decimalMark === DOT ? text : text.replace(',', '.'));
  return Number.isFinite(value) ? value : NOT_A_NUMBER;
}

const MISSING_TOKENS = ['NA', 'N/A', 'NULL', 'null', '-', '?', 'NaN', 'nan', 'n/a', '#N/A'].map(
  (token) => Array.from(token, (char) => char.charCodeAt(0)),
);

/** True for the bytes of a token that means "no value" in a numeric column (NA, NULL, -, ...). */
export function isMissingToken(bytes: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length > 4) return false;
  outer: for (const token of MISSING_TOKENS) {
    if (token.length !== length) continue;
    for (let i = 0; i < length; i++) if (token[i] !== bytes[start + i]) continue outer;
    return true;
  }
  return false;
}

/** True when the bytes are only spaces and tabs (or nothing). */
export function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (bytes[p] !== SPACE && bytes[p] !== 9) return false;
  return true;
}

/** The byte for a decimal mark option. */
export const decimalMarkByte = (decimal: '.' | ','): number => (decimal === ',' ? 44 : DOT);
