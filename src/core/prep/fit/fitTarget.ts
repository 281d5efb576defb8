import type { Column } from '../../data/table';
import { fail, ok, type Result } from '../../result';
import type { PipelineSpec, PrepError, TargetStep } from '../prepTypes';
import { firstInfiniteRow } from './fillValues';
import { checkClassCount, countClasses, orderPositiveLast } from '../targetClasses';

/** Fits the target: a numeric column for regression, or its classes (from training rows) for classification. */
export function fitTarget(
  column: Column,
  spec: PipelineSpec,
  rows: Int32Array,
): Result<TargetStep, PrepError> {
  const unsupported = {
    code: 'unsupported-target',
    column: column.name,
    type: column.type,
    task: spec.task,
  } as const;
  if (spec.task === 'regression') {
    if (column.type !== 'numeric' || column.values === null) return fail(unsupported);
    const infiniteRow = firstInfiniteRow(column.values, rows);
    if (infiniteRow < 0) return ok({ kind: 'regression', column: column.name });
    return fail({
      code: 'non-finite',
      column: column.name,
      feature: column.name,
      row: infiniteRow,
    });
  }
  if (column.type === 'date') return fail(unsupported);
  const checked = checkClassCount(column.name, countClasses(column, rows), spec.classLimits);
  if (!checked.ok) return checked;
  const classes = orderPositiveLast(checked.value, spec.positiveClass);
  const byValue = column.codes === null;
  return ok({
    kind: 'classification',
    column: column.name,
    sourceType: column.type,
    classes: classes.map((entry) => entry.label),
    classValues: byValue ? classes.map((entry) => entry.value ?? Number.NaN) : null,
  });
}
