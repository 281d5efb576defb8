import { ok, type Result } from '../../result';
import type { NumericStep, PrepError } from '../prepTypes';
import { featureStats, scalingOf } from './featureStats';
import { fitNumberColumnFill, type NumericInput, type StepFit } from './stepFit';

/** Fits a numeric or boolean column: fill value, constancy, scaling. */
export function fitNumericStep(input: NumericInput): Result<StepFit<NumericStep>, PrepError> {
  const { column, values, rows } = input;
  const sourceType = column.type === 'boolean' ? 'boolean' : 'numeric';
  const fitted = fitNumberColumnFill(
    input,
    sourceType === 'boolean' ? 'most-frequent' : 'mean',
    false,
  );
  if (!fitted.ok) return fitted;
  const { strategy, observed, fill } = fitted.value;
  if (observed.length === 0 && strategy !== 'constant') {
    return ok({ kind: 'left-out', notices: [{ code: 'all-missing', column: column.name }] });
  }
  const filled = fill ?? Number.NaN;
  const stats = featureStats(rows.length, (i) => {
    const value = values[rows[i] as number] as number;
    return Number.isNaN(value) ? filled : value;
  });
  if (stats.constant)
    return ok({ kind: 'left-out', notices: [{ code: 'constant', column: column.name }] });
  const step: NumericStep = {
    kind: 'numeric',
    column: column.name,
    sourceType,
    impute: { strategy, fill },
    feature: input.firstFeature,
    scaling: scalingOf(stats, input.standardise),
  };
  return ok({ kind: 'step', step, names: [column.name], notices: [] });
}
