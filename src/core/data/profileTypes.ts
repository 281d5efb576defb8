import type { ColumnType } from './table';

/** A column's summary, as the column-profile card shows it. */
export interface ColumnProfile {
  readonly name: string;
  readonly type: ColumnType;
  readonly missing: number;
  readonly distinct: number;
  /** numeric, boolean and date columns (dates in ms since epoch UTC); null when all missing. */
  readonly numeric: { readonly min: number; readonly max: number; readonly mean: number } | null;
  /** categorical, text, id and boolean columns: most frequent values, most frequent first. */
  readonly topValues: readonly { readonly value: string; readonly count: number }[];
  /** Small histogram: equal-width bins over [min, max] for numeric-like columns, top values otherwise. */
  readonly histogram: readonly { readonly label: string; readonly count: number }[];
}
