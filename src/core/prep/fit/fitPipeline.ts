import type { Column, DataTable } from '../../data/table';
import { fail, ok, type Result } from '../../result';
import { codesOf, findColumns, numbersOf } from '../columnLookup';
import {
  PIPELINE_VERSION,
  type FeatureSpec,
  type FeatureStep,
  type Pipeline,
  type PipelineSpec,
  type PrepError,
  type PrepNotice,
} from '../prepTypes';
import { rowsWithValues } from '../rowFilter';
import { MIN_TRAIN_ROWS } from '../split/trainValTestSplit';
import { fitDateStep } from './fitDateStep';
import { fitNumericStep } from './fitNumericStep';
import { fitOneHotStep } from './fitOneHotStep';
import { fitTarget } from './fitTarget';
import type { StepFit } from './stepFit';

/**
 * Fits imputation, encoding and scaling on `trainRows` only (rows without a target, or missing a
 * 'drop-rows' feature, are left out first). Other rows of `table` are never read.
 */
export function fitPipeline(
  table: DataTable,
  spec: PipelineSpec,
  trainRows: Int32Array,
): Result<Pipeline, PrepError> {
  const checked = checkSpec(spec);
  if (!checked.ok) return checked;
  const found = findColumns(table, [spec.target, ...spec.features.map((f) => f.column)]);
  if (!found.ok) return found;
  const [targetColumn, ...featureColumns] = found.value as [Column, ...Column[]];
  const required = [
    targetColumn,
    ...featureColumns.filter((_, i) => spec.features[i]?.impute === 'drop-rows'),
  ];
  const rows = rowsWithValues(trainRows, required).kept;
  if (rows.length < MIN_TRAIN_ROWS)
    return fail({ code: 'too-few-rows', rows: rows.length, needed: MIN_TRAIN_ROWS });
  const target = fitTarget(targetColumn, spec, rows);
  if (!target.ok) return target;
  const fitted = fitSteps(featureColumns, spec, rows);
  if (!fitted.ok) return fitted;
  return ok({
    version: PIPELINE_VERSION,
    task: spec.task,
    target: target.value,
    ...fitted.value,
    standardised: spec.standardise,
    fittedRows: rows.length,
  });
}

interface FittedSteps {
  readonly steps: FeatureStep[];
  readonly featureNames: string[];
  readonly notices: PrepNotice[];
}

/** Fits every feature column in order, numbering output features as it goes. */
function fitSteps(
  columns: readonly Column[],
  spec: PipelineSpec,
  rows: Int32Array,
): Result<FittedSteps, PrepError> {
  const fitted: FittedSteps = { steps: [], featureNames: [], notices: [] };
  for (const [index, column] of columns.entries()) {
    const feature = spec.features[index] as FeatureSpec;
    const step = fitStep(column, feature, spec, rows, fitted.featureNames.length);
    if (!step.ok) return step;
    fitted.notices.push(...step.value.notices);
    if (step.value.kind === 'step') {
      fitted.steps.push(step.value.step);
      fitted.featureNames.push(...step.value.names);
    }
  }
  return fitted.steps.length === 0 ? fail({ code: 'no-features' }) : ok(fitted);
}

function checkSpec(spec: PipelineSpec): Result<PipelineSpec, PrepError> {
  const names = new Set<string>();
  for (const feature of spec.features) {
    if (feature.column === spec.target)
      return fail({ code: 'target-is-feature', column: spec.target });
    if (names.has(feature.column))
      return fail({ code: 'duplicate-column', column: feature.column });
    names.add(feature.column);
  }
  return names.size === 0 ? fail({ code: 'no-features' }) : ok(spec);
}

function fitStep(
  column: Column,
  feature: FeatureSpec,
  spec: PipelineSpec,
  rows: Int32Array,
  firstFeature: number,
): Result<StepFit<FeatureStep>, PrepError> {
  if (column.type === 'categorical' || column.type === 'text' || column.type === 'id') {
    const codes = codesOf(column);
    if (!codes.ok) return codes;
    const dropFirstLevel = spec.dropFirstLevel ?? false;
    return fitOneHotStep({
      column,
      ...codes.value,
      spec: feature,
      rows,
      firstFeature,
      dropFirstLevel,
    });
  }
  const values = numbersOf(column, column.type);
  if (!values.ok) return values;
  const input = {
    column,
    values: values.value,
    spec: feature,
    rows,
    firstFeature,
    standardise: spec.standardise,
  };
  return column.type === 'date' ? fitDateStep(input) : fitNumericStep(input);
}
