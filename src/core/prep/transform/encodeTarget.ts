import type { Column } from '../../data/table';
import { fail, ok, type Result } from '../../result';
import type { PrepError, TargetStep } from '../prepTypes';

/** Encoded target value of a row: MISSING_TARGET or UNSEEN_CLASS when the row cannot be used. */
export const MISSING_TARGET = Number.NaN;
export const UNSEEN_CLASS = -1;

/** Target per entry of `rows`: the value (regression) or class index (classification). */
export function encodeTarget(
  step: TargetStep,
  column: Column,
  rows: Int32Array,
): Result<Float64Array, PrepError> {
  const mismatch = (expected: string) =>
    fail({ code: 'type-mismatch', column: column.name, expected, found: column.type } as const);
  if (step.kind === 'regression') {
    if (column.values === null || column.type === 'date') return mismatch('numeric');
    return regressionTarget(column.name, column.values, rows);
  }
  if (step.classValues === null) {
    if (column.codes === null || column.levels === null) return mismatch('categorical');
    return ok(levelClasses(step.classes, column.codes, column.levels, rows));
  }
  if (column.values === null || column.type === 'date') return mismatch(step.sourceType);
  return ok(valueClasses(step.classValues, column.values, rows));
}

function regressionTarget(
  name: string,
  values: Float64Array,
  rows: Int32Array,
): Result<Float64Array, PrepError> {
  const target = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = values[rows[i] as number] as number;
    if (value === Infinity || value === -Infinity) {
      return fail({ code: 'non-finite', column: name, feature: name, row: rows[i] as number });
    }
    target[i] = value;
  }
  return ok(target);
}

function levelClasses(
  classes: readonly string[],
  codes: Int32Array,
  levels: readonly string[],
  rows: Int32Array,
): Float64Array {
  const classOf = new Map<string, number>();
  classes.forEach((label, index) => classOf.set(label, index));
  const classOfCode = Float64Array.from(levels, (level) => classOf.get(level) ?? UNSEEN_CLASS);
  const target = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const code = codes[rows[i] as number] as number;
    target[i] = code < 0 ? MISSING_TARGET : (classOfCode[code] as number);
  }
  return target;
}

function valueClasses(
  classValues: readonly number[],
  values: Float64Array,
  rows: Int32Array,
): Float64Array {
  const classOf = new Map<number, number>();
  classValues.forEach((value, index) => classOf.set(value, index));
  const target = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = values[rows[i] as number] as number;
    target[i] = Number.isNaN(value) ? MISSING_TARGET : (classOf.get(value) ?? UNSEEN_CLASS);
  }
  return target;
}
