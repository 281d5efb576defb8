import { formatIsoDateTime } from '../../core/data/profile';
import type { Column, ColumnType } from '../../core/data/table';
import type { Language } from '../../state/settingsSlice';

/** What a grid cell shows; `missing` cells show a dimmed dash and an accessible label instead. */
export interface CellText {
  readonly text: string;
  readonly missing: boolean;
}

export const MISSING_CELL: CellText = { text: '—', missing: true };

/** The BCP 47 locale numbers are formatted in, matching the i18n messages. */
export function localeFor(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** Intl formatters are costly to build, so each kind is made once per locale. */
export interface Formatters {
  /** Cell values: toLocaleString grouping, but up to 15 significant digits rather than 3 decimals. */
  readonly cell: Intl.NumberFormat;
  /** Summary statistics: 2 decimals, or 3 significant digits for small numbers. */
  readonly stat: Intl.NumberFormat;
  readonly percent: Intl.NumberFormat;
}

const formattersByLocale = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let formatters = formattersByLocale.get(locale);
  if (!formatters) {
    formatters = {
      cell: new Intl.NumberFormat(locale, { maximumSignificantDigits: 15 }),
      stat: new Intl.NumberFormat(locale, {
        maximumFractionDigits: 2,
        maximumSignificantDigits: 3,
        roundingPriority: 'morePrecision',
      }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
    };
    formattersByLocale.set(locale, formatters);
  }
  return formatters;
}

/** One cell, read straight from the column's typed arrays. */
export function formatCell(column: Column, row: number, numberFormat: Intl.NumberFormat): CellText {
  const { values, codes, levels } = column;
  if (values) {
    const v = values[row];
    if (v === undefined || Number.isNaN(v)) return MISSING_CELL;
    return { text: formatValue(column.type, v, numberFormat), missing: false };
  }
  if (codes && levels) {
    const code = codes[row];
    const level = code === undefined || code < 0 ? undefined : levels[code];
    return level === undefined ? MISSING_CELL : { text: level, missing: false };
  }
  return MISSING_CELL;
}

/** A number as its column type shows it: ISO dates, ✓/✗ booleans, localised numbers. */
export function formatValue(type: ColumnType, v: number, numberFormat: Intl.NumberFormat): string {
  if (type === 'date') return formatIsoDateTime(v) || numberFormat.format(v);
  if (type === 'boolean') return v !== 0 ? '✓' : '✗';
  return numberFormat.format(v);
}

/** Numbers and dates line up on the right, as in a spreadsheet. */
export function alignsEnd(type: ColumnType): boolean {
  return type === 'numeric' || type === 'date';
}
