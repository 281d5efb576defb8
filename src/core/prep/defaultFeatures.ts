import type { Column, ColumnType, DataTable } from '../data/table';
import type { FeatureSpec } from './prepTypes';

/** Why a column starts switched off as a feature. */
export type FeatureOffReason = 'target' | 'pii' | 'id-like' | 'free-text' | 'constant';

/** How an included column reaches the model. */
export type FeatureEncoding = 'numeric' | 'one-hot' | 'date-parts';

/** The default choice for one column of the table. */
export interface FeatureChoice {
  readonly column: string;
  readonly index: number;
  readonly type: ColumnType;
  readonly included: boolean;
  /** Set when `included` is false. */
  readonly reason: FeatureOffReason | null;
  readonly encoding: FeatureEncoding;
}

const ENCODING_OF_TYPE: Readonly<Record<ColumnType, FeatureEncoding>> = {
  numeric: 'numeric',
  boolean: 'numeric',
  date: 'date-parts',
  categorical: 'one-hot',
  text: 'one-hot',
  id: 'one-hot',
};

/**
 * Every column but the target as a feature, except personal data (`piiColumns`, by name), IDs,
 * free text and constant columns.
 */
export function defaultFeatures(
  table: DataTable,
  targetIndex: number,
  piiColumns: readonly string[] = [],
): FeatureChoice[] {
  return table.columns.map((column, index) => {
    const reason = offReason(column, index === targetIndex, piiColumns.includes(column.name));
    return {
      column: column.name,
      index,
      type: column.type,
      included: reason === null,
      reason,
      encoding: ENCODING_OF_TYPE[column.type],
    };
  });
}

/** The feature specs (all defaults) of the included choices. */
export function featureSpecsOf(choices: readonly FeatureChoice[]): FeatureSpec[] {
  return choices.filter((choice) => choice.included).map((choice) => ({ column: choice.column }));
}

function offReason(column: Column, isTarget: boolean, isPii: boolean): FeatureOffReason | null {
  if (isTarget) return 'target';
  if (isPii) return 'pii';
  if (column.type === 'id') return 'id-like';
  if (column.type === 'text') return 'free-text';
  if (hasAtMostOneValue(column)) return 'constant';
  return null;
}

function hasAtMostOneValue(column: Column): boolean {
  if (column.codes !== null) {
    let first = -1;
    for (const code of column.codes) {
      if (code < 0) continue;
      if (first < 0) first = code;
      else if (code !== first) return false;
    }
    return true;
  }
  let first = Number.NaN;
  for (const value of column.values ?? []) {
    if (Number.isNaN(value)) continue;
    if (Number.isNaN(first)) first = value;
    else if (value !== first) return false;
  }
  return true;
}
