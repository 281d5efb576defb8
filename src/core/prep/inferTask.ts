import type { Column } from '../data/table';
import type { TaskType } from '../models/modelTypes';
import { fail, ok, type Result } from '../result';
import type { PrepError } from './prepTypes';
import { countClasses } from './targetClasses';

/** Numeric targets with at most this many distinct whole numbers are treated as classes. */
export const MAX_INTEGER_CLASSES = 10;

export type TaskReason = 'boolean' | 'categorical' | 'few-integers' | 'many-values' | 'fractions';

/** The task a target suggests, why, and (classification) how many classes it has. */
export interface TaskInference {
  readonly task: TaskType;
  readonly reason: TaskReason;
  /** Binary or multi-class; null for regression. */
  readonly classCount: number | null;
}

/** Suggests regression or classification for a target column (all rows). */
export function inferTask(column: Column): Result<TaskInference, PrepError> {
  if (column.type === 'date' || column.type === 'text' || column.type === 'id') {
    return fail({ code: 'unsupported-target', column: column.name, type: column.type, task: null });
  }
  if (column.type === 'boolean' || column.type === 'categorical') {
    const classCount = countClasses(column, null).length;
    if (classCount === 0) return fail({ code: 'empty-target', column: column.name });
    return ok({ task: 'classification', reason: column.type, classCount });
  }
  if (column.values === null) {
    return fail({ code: 'unsupported-target', column: column.name, type: column.type, task: null });
  }
  return inferNumericTask(column.name, column.values);
}

function inferNumericTask(name: string, values: Float64Array): Result<TaskInference, PrepError> {
  const distinct = new Set<number>();
  let wholeNumbers = true;
  let seen = 0;
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    seen++;
    if (!Number.isInteger(value)) wholeNumbers = false;
    // Once there are more distinct values than classes allowed, the answer is regression.
    if (distinct.size <= MAX_INTEGER_CLASSES) distinct.add(value);
  }
  if (seen === 0) return fail({ code: 'empty-target', column: name });
  if (wholeNumbers && distinct.size <= MAX_INTEGER_CLASSES) {
    return ok({ task: 'classification', reason: 'few-integers', classCount: distinct.size });
  }
  const reason = wholeNumbers ? 'many-values' : 'fractions';
  return ok({ task: 'regression', reason, classCount: null });
}
