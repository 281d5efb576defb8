import { monthOf, weekdayOf } from '../fit/dateParts';
import type { DatePart, DateStep, NumericStep, OneHotStep, Scaling } from '../prepTypes';

/** Where steps write: row-major `x` with `cols` columns, one matrix row per entry of `rows`. */
export interface MatrixOut {
  readonly x: Float64Array;
  readonly cols: number;
  readonly rows: Int32Array;
}

/** Writes matrix rows `from` (inclusive) to `to` (exclusive) of one step. */
export type BlockWriter = (from: number, to: number) => void;

const MS_PER_DAY = 86_400_000;

/** Fills, scales and writes a numeric or boolean column. */
export function numericWriter(
  step: NumericStep,
  values: Float64Array,
  out: MatrixOut,
): BlockWriter {
  const { x, cols, rows } = out;
  const fill = step.impute.fill ?? Number.NaN;
  const mean = step.scaling?.mean ?? 0;
  const std = step.scaling?.std ?? 1;
  return (from, to) => {
    for (let i = from, at = from * cols + step.feature; i < to; i++, at += cols) {
      const value = values[rows[i] as number] as number;
      x[at] = ((Number.isNaN(value) ? fill : value) - mean) / std;
    }
  };
}

/** Output column and scaling of one date part; column -1 when the part was left out. */
function partLayout(
  step: DateStep,
  part: DatePart,
): { feature: number; mean: number; std: number } {
  const found = step.parts.find((candidate) => candidate.part === part);
  const scaling: Scaling | null = found?.scaling ?? null;
  return { feature: found?.feature ?? -1, mean: scaling?.mean ?? 0, std: scaling?.std ?? 1 };
}

/** Fills a date column and writes its derived parts (days since origin, month, weekday). */
export function dateWriter(step: DateStep, values: Float64Array, out: MatrixOut): BlockWriter {
  const { x, cols, rows } = out;
  const fill = step.impute.fill ?? Number.NaN;
  const days = partLayout(step, 'days');
  const month = partLayout(step, 'month');
  const weekday = partLayout(step, 'weekday');
  return (from, to) => {
    for (let i = from, base = from * cols; i < to; i++, base += cols) {
      const value = values[rows[i] as number] as number;
      const date = Number.isNaN(value) ? fill : value;
      if (days.feature >= 0) {
        x[base + days.feature] = ((date - step.originMs) / MS_PER_DAY - days.mean) / days.std;
      }
      if (month.feature >= 0) x[base + month.feature] = (monthOf(date) - month.mean) / month.std;
      if (weekday.feature >= 0) {
        x[base + weekday.feature] = (weekdayOf(date) - weekday.mean) / weekday.std;
      }
    }
  };
}

const NO_COLUMN = -1;

/** Output column of each level of the new table (NO_COLUMN = all zeros), and which are unseen. */
function levelTargets(step: OneHotStep, levels: readonly string[]) {
  const columnOf = new Map<string, number>();
  step.levels.forEach((level, i) => columnOf.set(level, step.firstFeature + i));
  const otherColumn = step.hasOther ? step.firstFeature + step.levels.length : NO_COLUMN;
  for (const level of step.otherLevels) columnOf.set(level, otherColumn);
  if (step.referenceLevel !== null) columnOf.set(step.referenceLevel, NO_COLUMN);
  const unseenColumn = step.unseen === 'other' ? otherColumn : NO_COLUMN;
  const targets = new Int32Array(levels.length);
  const unseen = new Uint8Array(levels.length);
  levels.forEach((level, code) => {
    const column = columnOf.get(level);
    targets[code] = column ?? unseenColumn;
    unseen[code] = column === undefined ? 1 : 0;
  });
  const fill = step.impute.fill;
  const fillColumn = fill === null ? NO_COLUMN : (columnOf.get(fill) ?? unseenColumn);
  return { targets, unseen, fillColumn };
}

/** Writes one-hot columns; `unseenRows()` tells how many rows so far held a level new to the pipeline. */
export function oneHotWriter(
  step: OneHotStep,
  codes: Int32Array,
  levels: readonly string[],
  out: MatrixOut,
): { write: BlockWriter; unseenRows: () => number } {
  const { x, cols, rows } = out;
  const { targets, unseen, fillColumn } = levelTargets(step, levels);
  let unseenRows = 0;
  const write: BlockWriter = (from, to) => {
    for (let i = from, base = from * cols; i < to; i++, base += cols) {
      const code = codes[rows[i] as number] as number;
      const column = code < 0 ? fillColumn : (targets[code] as number);
      if (column !== NO_COLUMN) x[base + column] = 1;
      if (code >= 0) unseenRows += unseen[code] as number;
    }
  };
  return { write, unseenRows: () => unseenRows };
}
