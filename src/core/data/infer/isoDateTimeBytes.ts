import { cachedDayStart } from './isoDateTime';
import {
  COLON,
  DASH,
  DOT,
  MS_PER_MINUTE,
  PLUS,
  SPACE,
  UPPER_T,
  UPPER_Z,
  ZERO,
} from './isoCharCodes';

// parseIsoDateTime read from UTF-8 bytes, so that a column of a million distinct date-times is
// typed with no string made per value. The same reading step by step: every byte it accepts is
// ASCII, whose bytes are the text's char codes, so both give the same result for the same text.

/** The number written by the two ASCII digits at `at` (before `end`), or -1. */
function twoDigitsAt(bytes: Uint8Array, at: number, end: number): number {
  if (at + 2 > end) return -1;
  const tens = bytes[at]! - ZERO;
  const ones = bytes[at + 1]! - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** Milliseconds of the fraction after the dot at `at - 1` (first three digits), and its end. */
function fractionAt(bytes: Uint8Array, at: number, end: number, found: { end: number }): number {
  let stop = at;
  let millis = 0;
  for (; stop < end; stop++) {
    const digit = bytes[stop]! - ZERO;
    if (!(digit >= 0 && digit <= 9)) break;
    if (stop - at < 3) millis = millis * 10 + digit;
  }
  found.end = stop;
  if (stop === at) return -1;
  for (let shown = stop - at; shown < 3; shown++) millis *= 10;
  return millis;
}

/** Minutes east of UTC written in `[at, end)`: "Z", "+08", "+0800", "+08:00"; else null. */
function offsetAt(bytes: Uint8Array, at: number, end: number): number | null {
  const rest = end - at;
  if (rest === 1 && bytes[at] === UPPER_Z) return 0;
  const sign = bytes[at];
  if ((sign !== PLUS && sign !== DASH) || (rest !== 3 && rest !== 5 && rest !== 6)) return null;
  const hours = twoDigitsAt(bytes, at + 1, end);
  if (rest === 6 && bytes[at + 3] !== COLON) return null;
  const minutes = rest === 3 ? 0 : twoDigitsAt(bytes, rest === 6 ? at + 4 : at + 3, end);
  if (hours < 0 || minutes < 0) return null;
  const east = hours * 60 + minutes;
  return sign === DASH ? -east : east;
}

const fractionEnd = { end: 0 };

/** Milliseconds from midnight UTC of the time written from `at`; as timeAt in isoDateTime. */
function timeAt(bytes: Uint8Array, at: number, end: number): number | null | undefined {
  const hour = twoDigitsAt(bytes, at, end);
  const minute = twoDigitsAt(bytes, at + 3, end);
  if (hour < 0 || minute < 0 || at + 2 >= end || bytes[at + 2] !== COLON) return undefined;
  let second = 0;
  let millis = 0;
  let stop = at + 5;
  if (stop < end && bytes[stop] === COLON) {
    second = twoDigitsAt(bytes, stop + 1, end);
    if (second < 0) return undefined;
    stop += 3;
    if (stop < end && bytes[stop] === DOT) {
      millis = fractionAt(bytes, stop + 1, end, fractionEnd);
      if (millis < 0) return undefined;
      stop = fractionEnd.end;
    }
  }
  const offset = stop === end ? 0 : offsetAt(bytes, stop, end);
  if (offset === null) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset * MS_PER_MINUTE;
}

/**
 * parseIsoDateTime of the text whose UTF-8 bytes are `bytes[start, end)`: milliseconds since
 * 1970-01-01 UTC, null for that shape naming a day or time that does not exist, undefined for
 * any other text.
 */
export function parseIsoDateTimeBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
): number | null | undefined {
  if (end - start < 10 || bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return undefined;
  const century = twoDigitsAt(bytes, start, end);
  const yearOfCentury = twoDigitsAt(bytes, start + 2, end);
  const month = twoDigitsAt(bytes, start + 5, end);
  const day = twoDigitsAt(bytes, start + 8, end);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) return undefined;
  let time: number | null | undefined = 0;
  if (end - start > 10) {
    const separator = bytes[start + 10];
    if (separator !== UPPER_T && separator !== SPACE) return undefined;
    time = timeAt(bytes, start + 11, end);
    if (time === undefined) return undefined;
  }
  const dayStart = cachedDayStart(century * 100 + yearOfCentury, month, day);
  return dayStart === null || time === null ? null : dayStart + time;
}
