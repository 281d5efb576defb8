import type { Random } from './seededRandom';

/** One generated cell; dates are UTC midnights (or UTC date-times), null is an empty cell. */
export type Cell = string | number | boolean | Date | null;

/** A table generated one row at a time, so a million rows never sit in memory at once. */
export interface SyntheticTable {
  readonly headers: readonly string[];
  /** The cells of row `index` (0-based), drawing from the table's own random source. */
  nextRow(index: number): Cell[];
}

export type VariantName = 'customers' | 'numeric' | 'mixed';
export const VARIANT_NAMES: readonly VariantName[] = ['customers', 'numeric', 'mixed'];

const MS_PER_DAY = 86_400_000;

/** Shared Date objects for each day in a range, so rows do not allocate a Date per cell. */
export function dayTable(firstDayIso: string, days: number): readonly Date[] {
  const first = Date.parse(`${firstDayIso}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(first + i * MS_PER_DAY));
}

/** Replaces a value by an empty cell or the text "NA" at the given rates, as exported CRMs do. */
export function withMissing(random: Random, value: Cell, emptyRate: number, naRate = 0): Cell {
  const draw = random.next();
  if (draw < emptyRate) return null;
  if (draw < emptyRate + naRate) return 'NA';
  return value;
}
