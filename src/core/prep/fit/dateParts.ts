import type { DatePart } from '../prepTypes';

const MS_PER_DAY = 86_400_000;
const MAX_DATE_MS = 8.64e15; // the range a JavaScript Date can hold
const DAYS_PER_400_YEARS = 146_097;
// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
const EPOCH_SHIFT_DAYS = 719_468;

/** Whole days since 1970-01-01 UTC. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** UTC midnight of the day holding `ms`. */
export function startOfDay(ms: number): number {
  return dayNumber(ms) * MS_PER_DAY;
}

/** Weekday in UTC, Sunday 0 .. Saturday 6 (as Date.getUTCDay); 1970-01-01 was a Thursday. */
export function weekdayOf(ms: number): number {
  return (((dayNumber(ms) + 4) % 7) + 7) % 7;
}

/**
 * Month 1-12 in UTC without allocating a Date: count years from a March-first calendar, where
 * leap days fall at the end of the year, then map the day of that year to its month.
 */
export function monthOf(ms: number): number {
  const shifted = dayNumber(ms) + EPOCH_SHIFT_DAYS;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  return monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
}

/** The value of one derived date feature; days are fractional when the date has a time. */
export function datePartValue(part: DatePart, ms: number, originMs: number): number {
  if (part === 'days') return (ms - originMs) / MS_PER_DAY;
  return part === 'month' ? monthOf(ms) : weekdayOf(ms);
}

/** The ISO day (YYYY-MM-DD) of `ms`, for feature names. */
export function isoDay(ms: number): string {
  const representable = Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS;
  return representable ? new Date(ms).toISOString().slice(0, 10) : String(ms);
}
