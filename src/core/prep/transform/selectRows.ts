import type { Column } from '../../data/table';
import { isMissingAt } from '../rowFilter';
import { UNSEEN_CLASS } from './encodeTarget';

/** The rows a matrix is built from, their targets, and why the others were dropped. */
export interface SelectedRows {
  readonly rows: Int32Array;
  readonly target: Float64Array | null;
  readonly dropped: { missingFeature: number; missingTarget: number; unseenClass: number };
}

/**
 * Keeps rows with a usable target (when `target` is given, one entry per row of `rows`) and a value
 * in every 'drop-rows' column. A row is counted once, under the first reason that applies.
 */
export function selectRows(
  rows: Int32Array,
  target: Float64Array | null,
  dropRowColumns: readonly Column[],
  isClassification: boolean,
): SelectedRows {
  const kept = new Int32Array(rows.length);
  const keptTarget = target === null ? null : new Float64Array(rows.length);
  const dropped = { missingFeature: 0, missingTarget: 0, unseenClass: 0 };
  const checkColumns = dropRowColumns.length > 0;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const value = target === null ? 0 : (target[i] as number);
    if (Number.isNaN(value)) dropped.missingTarget++;
    else if (isClassification && value === UNSEEN_CLASS) dropped.unseenClass++;
    else if (checkColumns && dropRowColumns.some((column) => isMissingAt(column, row))) {
      dropped.missingFeature++;
    } else {
      if (keptTarget !== null) keptTarget[count] = value;
      kept[count++] = row;
    }
  }
  return {
    rows: kept.subarray(0, count),
    target: keptTarget === null ? null : keptTarget.subarray(0, count),
    dropped,
  };
}
