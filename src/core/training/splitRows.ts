import type { Column, DataTable } from '../data/table';
import { findColumns } from '../prep/columnLookup';
import type { PrepError } from '../prep/prepTypes';
import { timeSplit } from '../prep/split/timeSplit';
import { trainValTestSplit, type RowSplit } from '../prep/split/trainValTestSplit';
import { classIndexPerRow } from '../prep/targetClasses';
import { fail, ok, type Result } from '../result';
import type { TrainingNotice, TrainingSetup } from './trainingTypes';

export interface PlannedSplit extends RowSplit {
  readonly notices: readonly TrainingNotice[];
  /** Class index per table row for stratified folds (NaN where the target is missing). */
  readonly stratify: Float64Array | undefined;
}

/** Train, validation and test rows: by time on a date column, else seeded and (classes) stratified. */
export function splitRows(table: DataTable, setup: TrainingSetup): Result<PlannedSplit, PrepError> {
  const shares = { validation: setup.split.validationPct / 100, test: setup.split.testPct / 100 };
  const found = findColumns(table, [setup.target]);
  if (!found.ok) return found;
  const [target] = found.value as [Column];
  const stratify = setup.task === 'classification' ? classIndexPerRow(target) : undefined;
  if (setup.split.timeColumn !== null) {
    const dates = findColumns(table, [setup.split.timeColumn]);
    if (!dates.ok) return dates;
    const [dateColumn] = dates.value as [Column];
    const values = dateColumn.values;
    if (dateColumn.type !== 'date' || values === null) {
      const found = dateColumn.type;
      return fail({ code: 'type-mismatch', column: dateColumn.name, expected: 'date', found });
    }
    const split = timeSplit(values, shares);
    if (!split.ok) return split;
    const notices: TrainingNotice[] =
      split.value.excludedMissing > 0
        ? [{ code: 'undated-rows', params: { count: split.value.excludedMissing } }]
        : [];
    return ok({ ...split.value, notices, stratify });
  }
  const split = trainValTestSplit(table.rowCount, {
    ...shares,
    seed: setup.split.seed,
    ...(stratify ? { stratify } : {}),
  });
  if (!split.ok) return split;
  return ok({ ...split.value, notices: [], stratify });
}
