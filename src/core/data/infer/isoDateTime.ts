// The machine-written ISO shape, read from char codes: a column of a million distinct date-times
// is parsed once per distinct text, and regular expressions plus Number() on each captured group
// cost about five times more per value.

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

const MS_PER_DAY = 86_400_000;
/** Days in 400 Gregorian years, and from 0000-03-01 to 1970-01-01. */
const DAYS_PER_ERA = 146_097;
const DAYS_TO_EPOCH = 719_468;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the two ASCII digits at `at`, or -1 when either is no digit. */
function twoDigitsAt(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  // Past the end charCodeAt gives NaN, which fails every comparison: not a digit.
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Milliseconds of a valid calendar day at midnight UTC, or null for a day that does not exist. */
export function utcDayStart(year: number, month: number, day: number): number | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day > days ? null : daysFromEpoch(year, month, day) * MS_PER_DAY;
}

/**
 * Days from 1970-01-01 to a valid day of the proleptic Gregorian calendar, by integer arithmetic
 * (the days before March of a year counted into the year before, so leap days fall last): as
 * Date.UTC gives them, at a fraction of its cost per call for a million distinct date-times.
 */
function daysFromEpoch(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_TO_EPOCH;
}

// The days of recent ISO texts, direct-mapped: a column of a million distinct date-times holds a
// few hundred distinct days, and the calendar arithmetic (divisions by 4, 100 and 400) cost more
// per text than the lookup. The key is yyyymmdd; a start of NaN stands for no such day.
const DAY_SLOTS = 4096;
const dayKeys = new Int32Array(DAY_SLOTS).fill(-1);
const dayStarts = new Float64Array(DAY_SLOTS);

/** utcDayStart for a year of 0-9999 and a month and day of 0-99, remembered per day. */
export function cachedDayStart(year: number, month: number, day: number): number | null {
  const key = (year * 100 + month) * 100 + day;
  const slot = Math.imul(key, 0x9e3779b1) >>> 20; // 12 well-mixed bits
  if (dayKeys[slot] !== key) {
    dayKeys[slot] = key;
    dayStarts[slot] = utcDayStart(year, month, day) ?? NaN;
  }
  const start = dayStarts[slot]!;
  return Number.isNaN(start) ? null : start;
}

/** Fraction of a second from `at` (after the dot): its first three digits as ms, and its end. */
function fractionAt(text: string, at: number): { millis: number; end: number } | null {
  let end = at;
  let millis = 0;
  for (; end < text.length; end++) {
    const digit = text.charCodeAt(end) - ZERO;
    if (!(digit >= 0 && digit <= 9)) break;
    if (end - at < 3) millis = millis * 10 + digit;
  }
  if (end === at) return null;
  for (let shown = end - at; shown < 3; shown++) millis *= 10;
  return { millis, end };
}

/** Minutes east of UTC written from `at` ("Z", "+08", "+0800", "+08:00"), or null for any other ending. */
function offsetAt(text: string, at: number): number | null {
  const rest = text.length - at;
  if (rest === 1 && text.charCodeAt(at) === UPPER_Z) return 0;
  const sign = text.charCodeAt(at);
  if ((sign !== PLUS && sign !== DASH) || (rest !== 3 && rest !== 5 && rest !== 6)) return null;
  const hours = twoDigitsAt(text, at + 1);
  const minuteAt = rest === 6 ? at + 4 : at + 3;
  if (rest === 6 && text.charCodeAt(at + 3) !== COLON) return null;
  const minutes = rest === 3 ? 0 : twoDigitsAt(text, minuteAt);
  if (hours < 0 || minutes < 0) return null;
  const east = hours * 60 + minutes;
  return sign === DASH ? -east : east;
}

/** Milliseconds from midnight UTC of the time written from `at` (after "T" or a space). */
function timeAt(text: string, at: number): number | null | undefined {
  const hour = twoDigitsAt(text, at);
  const minute = twoDigitsAt(text, at + 3);
  if (hour < 0 || minute < 0 || text.charCodeAt(at + 2) !== COLON) return undefined;
  let second = 0;
  let millis = 0;
  let end = at + 5;
  if (text.charCodeAt(end) === COLON) {
    second = twoDigitsAt(text, end + 1);
    if (second < 0) return undefined;
    end += 3;
    if (text.charCodeAt(end) === DOT) {
      const fraction = fractionAt(text, end + 1);
      if (fraction === null) return undefined;
      ({ millis, end } = fraction);
    }
  }
  const offset = end === text.length ? 0 : offsetAt(text, end);
  if (offset === null) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset * MS_PER_MINUTE;
}

/**
 * Reads the ISO shape `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM`, `:SS`, a
 * fraction (first three digits kept) and `Z` or an offset (`+08`, `+0800`, `+08:00`), as
 * milliseconds since 1970-01-01 UTC. Null for that shape naming a day or time that does not exist
 * (2023-02-29, 24:00); undefined for any other text, which the general patterns then read.
 */
export function parseIsoDateTime(text: string): number | null | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const century = twoDigitsAt(text, 0);
  const yearOfCentury = twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) return undefined;
  let time: number | null | undefined = 0;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    if (separator !== UPPER_T && separator !== SPACE) return undefined;
    time = timeAt(text, 11);
    if (time === undefined) return undefined;
  }
  const start = cachedDayStart(century * 100 + yearOfCentury, month, day);
  return start === null || time === null ? null : start + time;
}
