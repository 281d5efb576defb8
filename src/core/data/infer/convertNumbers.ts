import type { Column, ColumnFormat, ColumnType } from '../table';
import {
  codesColumn,
  codesFromNumbers,
  isoDateLabel,
  numbersAtLength,
  valuesColumn,
  type TypedColumn,
} from './column';
import { parseDateText } from './parseDateText';

type NumbersRaw = { readonly kind: 'numbers'; readonly values: Float64Array };

const MS_PER_DAY = 86_400_000;
/** Excel's 1900 date system: serial 25569 is 1970-01-01; serial 60 is its fictitious 1900-02-29. */
const EXCEL_EPOCH_SERIAL = 25_569;
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

/** A yyyymmdd integer (20240301) or an Excel serial day number as ms since epoch UTC. */
export function numberAsDate(value: number): number | null {
  if (Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    const text = String(value);
    return parseDateText(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`, 'ymd');
  }
  if (value < 1 || value >= EXCEL_MAX_SERIAL + 1 || Math.floor(value) === EXCEL_FAKE_LEAP_DAY) {
    return null;
  }
  const serial = value < EXCEL_FAKE_LEAP_DAY ? value + 1 : value;
  return Math.round((serial - EXCEL_EPOCH_SERIAL) * MS_PER_DAY);
}

/** Maps each present value; values the map rejects become missing and are counted. */
function mapValues(values: Float64Array, map: (value: number) => number | null) {
  const out = new Float64Array(values.length).fill(NaN);
  let unparsed = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) continue;
    const mapped = map(value);
    if (mapped === null) unparsed++;
    else out[row] = mapped;
  }
  return { values: out, unparsed };
}

/**
 * Re-types a column the parser read as numbers. Booleans accept only 0 and 1; dates keep
 * workbook dates and read other numbers as yyyymmdd or Excel serial days; coded types label
 * each distinct number with String(v), or ISO text for workbook dates.
 */
export function convertNumbers(
  column: Column,
  raw: NumbersRaw,
  type: ColumnType,
  rowCount: number,
): TypedColumn {
  const values = numbersAtLength(raw.values, rowCount);
  const wasDate = column.inferredType === 'date';
  const format: ColumnFormat = {};
  const typed = (next: { values: Float64Array; unparsed: number }): TypedColumn => ({
    column: valuesColumn(column.name, type, raw, next.values, format),
    unparsed: next.unparsed,
  });
  switch (type) {
    case 'numeric':
      return typed({ values, unparsed: 0 });
    case 'boolean':
      return typed(mapValues(values, (value) => (value === 0 || value === 1 ? value : null)));
    case 'date':
      return typed(wasDate ? { values, unparsed: 0 } : mapValues(values, numberAsDate));
    default: {
      const { codes, levels } = codesFromNumbers(values, wasDate ? isoDateLabel : String);
      return { column: codesColumn(column.name, type, raw, codes, levels, format), unparsed: 0 };
    }
  }
}
