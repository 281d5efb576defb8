import { ok, type Result } from '../../result';
import type { DatePartStep, DateStep, PrepError, PrepNotice } from '../prepTypes';
import { datePartValue, isoDay, startOfDay } from './dateParts';
import { featureStats, scalingOf } from './featureStats';
import { fitNumberColumnFill, type NumericInput, type StepFit } from './stepFit';

/** The derived parts (days since origin, month, weekday) that vary over the training rows. */
function fitDateParts(input: NumericInput, dateAt: (i: number) => number, originMs: number) {
  const { column, rows } = input;
  const parts: DatePartStep[] = [];
  const names: string[] = [];
  const notices: PrepNotice[] = [];
  for (const part of ['days', 'month', 'weekday'] as const) {
    const stats = featureStats(rows.length, (i) => datePartValue(part, dateAt(i), originMs));
    if (stats.constant) {
      notices.push({ code: 'constant', column: column.name, part });
      continue;
    }
    const feature = input.firstFeature + parts.length;
    parts.push({ part, feature, scaling: scalingOf(stats, input.standardise) });
    const suffix = part === 'days' ? `days since ${isoDay(originMs)}` : part;
    names.push(`${column.name}: ${suffix}`);
  }
  return { parts, names, notices };
}

/** Fits a date column: fill date, origin day, and the derived parts that vary on training rows. */
export function fitDateStep(input: NumericInput): Result<StepFit<DateStep>, PrepError> {
  const { column, values, rows } = input;
  const fitted = fitNumberColumnFill(input, 'median', true);
  if (!fitted.ok) return fitted;
  const { strategy, observed, fill } = fitted.value;
  if (observed.length === 0) {
    return ok({ kind: 'left-out', notices: [{ code: 'all-missing', column: column.name }] });
  }
  const filled = fill ?? Number.NaN;
  const dateAt = (i: number) => {
    const value = values[rows[i] as number] as number;
    return Number.isNaN(value) ? filled : value;
  };
  const originMs = startOfDay(featureStats(rows.length, dateAt).min);
  const { parts, names, notices } = fitDateParts(input, dateAt, originMs);
  if (parts.length === 0)
    return ok({ kind: 'left-out', notices: [{ code: 'constant', column: column.name }] });
  const step: DateStep = {
    kind: 'date',
    column: column.name,
    impute: { strategy, fill },
    originMs,
    parts,
  };
  return ok({ kind: 'step', step, names, notices });
}
