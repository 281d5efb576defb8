import { parseIsoDateTime, utcDayStart } from './isoDateTime';

/** How the day, month and year of a numeric date like 01/03/2024 are ordered. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

// hour, minute, second, fraction, am/pm, UTC offset; a missing offset reads as UTC.
const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(am|pm)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`, 'i');
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`, 'i');
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?$/;
const DAY_NAME_YEAR = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([a-z]{3,9})[\s\-/.,]+(\d{4}|\d{2})${TIME}$`,
  'i',
);
const NAME_DAY_YEAR = new RegExp(
  String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
  'i',
);
const NAME_YEAR = /^([a-z]{3,9})\.?[\s-]+(\d{4})$/i;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MS_PER_MINUTE = 60_000;

/** The two leading parts of a date like 01/03/2024, for deciding day-month order. */
export interface LeadingParts {
  readonly first: number;
  readonly second: number;
  readonly separator: string;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isDateSeparatorCode = (code: number) => code === 45 || code === 47 || code === 46; // - / .

/**
 * False when the first characters already rule out a year-last date (1 or 2 digits, then - / or
 * .): most texts of a column are told apart this way without trimming or a regular expression.
 */
function mayBeYearLast(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!isDigitCode(first)) return !(first > 32 && first < 127); // leading space: ask the pattern
  const second = text.charCodeAt(1);
  if (isDateSeparatorCode(second)) return true;
  return isDigitCode(second) && isDateSeparatorCode(text.charCodeAt(2));
}

/** First and second number of a year-last numeric date, or null for any other text. */
export function leadingParts(text: string): LeadingParts | null {
  if (!mayBeYearLast(text)) return null;
  const match = YEAR_LAST.exec(text.trim());
  if (match === null) return null;
  return { first: Number(match[1]), second: Number(match[3]), separator: match[2] ?? '' };
}

function monthFromName(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.startsWith(lower)) + 1; // 0 = not a month
}

/** Two-digit years follow Excel: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

const dayStart = utcDayStart;

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}

/** Milliseconds after midnight UTC for the TIME groups, or null when out of range. */
function timeOfDay(groups: readonly (string | undefined)[]): number | null {
  const [hourText, minuteText, secondText = '0', fraction = '', meridiem, offset] = groups;
  if (hourText === undefined || minuteText === undefined) return 0;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const local = ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return local - (offset === undefined ? 0 : offsetMinutes(offset) * MS_PER_MINUTE);
}

function withTime(day: number | null, groups: readonly (string | undefined)[]): number | null {
  if (day === null) return null;
  const time = timeOfDay(groups);
  return time === null ? null : day + time;
}

function parseNumericDate(text: string, order: DateOrder): number | null {
  const iso = parseIsoDateTime(text);
  if (iso !== undefined) return iso;
  const ymd = YEAR_FIRST.exec(text);
  if (ymd !== null) {
    const day = dayStart(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
    return withTime(day, ymd.slice(5));
  }
  const yearLast = YEAR_LAST.exec(text);
  if (yearLast === null || order === 'ymd') return null;
  const [first, second] = [Number(yearLast[1]), Number(yearLast[3])];
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return withTime(dayStart(fullYear(yearLast[4] ?? ''), month, day), yearLast.slice(5));
}

function parseWordDate(text: string): number | null {
  const chinese = CHINESE.exec(text);
  if (chinese !== null) {
    return dayStart(Number(chinese[1]), Number(chinese[2]), Number(chinese[3] ?? '1'));
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth !== null) return dayStart(Number(yearMonth[1]), Number(yearMonth[2]), 1);
  const dayName = DAY_NAME_YEAR.exec(text);
  if (dayName !== null) {
    const day = dayStart(
      fullYear(dayName[3] ?? ''),
      monthFromName(dayName[2] ?? ''),
      Number(dayName[1]),
    );
    return withTime(day, dayName.slice(4));
  }
  const nameDay = NAME_DAY_YEAR.exec(text);
  if (nameDay !== null) {
    const day = dayStart(Number(nameDay[3]), monthFromName(nameDay[1] ?? ''), Number(nameDay[2]));
    return withTime(day, nameDay.slice(4));
  }
  const nameYear = NAME_YEAR.exec(text);
  if (nameYear === null) return null;
  return dayStart(Number(nameYear[2]), monthFromName(nameYear[1] ?? ''), 1);
}

/**
 * Reads a date as milliseconds since 1970-01-01 UTC: ISO with optional time and offset,
 * 2024/3/1, d/m/y or m/d/y per `order`, dots, two-digit years, 2024年3月1日, 1 Mar 2024, March 1, 2024.
 */
export function parseDateText(text: string, order: DateOrder): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseNumericDate(trimmed, order) ?? parseWordDate(trimmed);
}
