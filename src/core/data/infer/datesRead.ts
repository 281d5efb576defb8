import type { Column, RawColumn } from '../table';
import { valuesColumn } from './column';

/*
 * A parsed text column whose every text already read as an ISO date-time from its bytes (a CSV
 * column of a million distinct timestamps: see rawTextColumn) comes with each row's date, so
 * typing neither decodes its texts nor reads them again. Kept beside the column, not in it: the
 * raw column stays what it is for everything else (a type override reads its texts).
 */
const datesOfColumns = new WeakMap<RawColumn, Float64Array>();

/** `raw`, known to hold `dates`: each row's date (ms since 1970-01-01 UTC), NaN where empty. */
export function withDatesRead(raw: RawColumn, dates: Float64Array): RawColumn {
  datesOfColumns.set(raw, dates);
  return raw;
}

/**
 * The column that inferStrings makes of `raw` when `raw` came with its dates (else null): every
 * text is an ISO date-time, so none is a boolean word, a missing token or a number (the dash
 * after the year is no part of any number), none is cut or trimmed, and all parse in
 * year-month-day order with none left over. A column with no text at all is left to inferStrings.
 */
export function columnOfDatesRead(name: string, raw: RawColumn, rowCount: number): Column | null {
  const dates = datesOfColumns.get(raw);
  if (dates === undefined || dates.length !== rowCount) return null;
  let missing = 0;
  for (let row = 0; row < rowCount; row++) if (Number.isNaN(dates[row])) missing++;
  if (missing === rowCount) return null;
  return valuesColumn(name, 'date', raw, dates, { dateOrder: 'ymd' }, missing);
}
