import type { DataTable } from '../data/table';
import type { TaskType } from '../models/modelTypes';

/**
 * One column of a predictions export, one entry per exported row. Plain typed arrays, so it can
 * cross to a worker: numbers (NaN = empty), dates as UTC milliseconds (NaN = empty), or text as
 * codes into `levels` (-1 = empty), which keeps a million category cells from becoming a million
 * strings.
 */
export type ExportColumn =
  | { readonly header: string; readonly kind: 'number'; readonly values: Float64Array }
  | { readonly header: string; readonly kind: 'date'; readonly values: Float64Array }
  | {
      readonly header: string;
      readonly kind: 'text';
      readonly codes: Int32Array;
      readonly levels: readonly string[];
    };

/**
 * Scored rows to export. Regression: `actual`/`predicted` are target values. Classification:
 * class indices into `classes` (NaN = none), `probabilities` row-major rows x classes.
 */
export interface PredictionsInput {
  readonly table: DataTable;
  /** Table row behind each exported row, in export order. */
  readonly rows: Int32Array;
  /** SplitPart per row (0 train, 1 validation, 2 test), or null for a newly scored file. */
  readonly part: Uint8Array | null;
  readonly actual: Float64Array | null;
  readonly predicted: Float64Array;
  readonly probabilities: Float64Array | null;
  readonly classes: readonly string[] | null;
  readonly task: TaskType;
  readonly target: string;
}

/** Number of exported rows of a set of columns. */
export function exportRowCount(columns: readonly ExportColumn[]): number {
  const first = columns[0];
  if (first === undefined) return 0;
  return first.kind === 'text' ? first.codes.length : first.values.length;
}

// Plain loops: TypedArray.from with a map function is several times slower on a million rows.

/** out[i] = valueAt(i) for i < length, as numbers. */
export function numbersBy(length: number, valueAt: (i: number) => number): Float64Array {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = valueAt(i);
  return out;
}

/** out[i] = codeAt(i) for i < length, as text codes (-1 = empty). */
export function codesBy(length: number, codeAt: (i: number) => number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = codeAt(i);
  return out;
}
