import type { Column } from '../../data/table';
import { fail, ok, type Result } from '../../result';
import type { FeatureSpec, ImputeStrategy, PrepError, PrepNotice } from '../prepTypes';
import { firstInfiniteRow, fitNumberFill, observedValues } from './fillValues';

/** A fitted step with its feature names, or a notice saying why the column was left out. */
export type StepFit<S> =
  | {
      readonly kind: 'step';
      readonly step: S;
      readonly names: string[];
      readonly notices: PrepNotice[];
    }
  | { readonly kind: 'left-out'; readonly notices: PrepNotice[] };

/** A numeric, boolean or date column with its spec and the training rows. */
export interface NumericInput {
  readonly column: Column;
  readonly values: Float64Array;
  readonly spec: FeatureSpec;
  readonly rows: Int32Array;
  readonly firstFeature: number;
  readonly standardise: boolean;
}

/** Fill value from training rows; refuses infinite cells and unusable constants. */
export function fitNumberColumnFill(
  input: NumericInput,
  defaultStrategy: ImputeStrategy,
  constantRequired: boolean,
): Result<{ strategy: ImputeStrategy; observed: Float64Array; fill: number | null }, PrepError> {
  const { column, spec } = input;
  const strategy = spec.impute ?? defaultStrategy;
  const infiniteRow = firstInfiniteRow(input.values, input.rows);
  if (infiniteRow >= 0) {
    return fail({
      code: 'non-finite',
      column: column.name,
      feature: column.name,
      row: infiniteRow,
    });
  }
  const fillValue = spec.fillValue;
  const usableConstant =
    typeof fillValue === 'number'
      ? Number.isFinite(fillValue)
      : fillValue === undefined && !constantRequired;
  if (strategy === 'constant' && !usableConstant) {
    return fail({ code: 'bad-impute', column: column.name, strategy });
  }
  const observed = observedValues(input.values, input.rows);
  return ok({ strategy, observed, fill: fitNumberFill(observed, strategy, fillValue) });
}
