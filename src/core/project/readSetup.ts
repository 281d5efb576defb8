import type { DataTable } from '../data/table';
import { COLUMN_TYPES } from '../data/table';
import { MODEL_KINDS, metaOf } from '../models/modelMetas';
import type { ModelKind, ModelOptionValues } from '../models/modelTypes';
import type { FeatureChoice, FeatureOffReason } from '../prep/defaultFeatures';
import type { TaskInference } from '../prep/inferTask';
import {
  arrayOf,
  boolean,
  check,
  field,
  integer,
  nullable,
  object,
  oneOf,
  string,
  type Read,
} from '../modelFile/jsonShape';
import { BACKEND_CHOICES, type SplitSettings } from '../training/trainingTypes';
import type { ProjectSetup } from './projectTypes';
import { anyNumber } from './shapeReaders';

const TASKS = ['regression', 'classification'] as const;
// Written as a record so that a new reason added to the type fails to compile here until listed.
const OFF_REASONS = Object.keys({
  target: 1,
  pii: 1,
  'id-like': 1,
  'free-text': 1,
  constant: 1,
} satisfies Record<FeatureOffReason, 1>) as FeatureOffReason[];
const IMPUTES = ['mean', 'median', 'most-frequent', 'constant', 'drop-rows'] as const;

const taskInference: Read<TaskInference | null> = nullable((value, path) => {
  const o = object(value, path);
  const reasons = ['boolean', 'categorical', 'few-integers', 'many-values', 'fractions'] as const;
  return {
    task: field(o, 'task', path, oneOf(TASKS)),
    reason: field(o, 'reason', path, oneOf(reasons)),
    classCount: field(o, 'classCount', path, nullable(integer(0))),
  };
});

function featureChoice(table: DataTable): Read<FeatureChoice> {
  return (value, path) => {
    const o = object(value, path);
    const column = field(o, 'column', path, string);
    const index = field(o, 'index', path, integer(0, table.columns.length - 1));
    check(table.columns[index]?.name === column, `${path}.column`, 'the column at its index');
    return {
      column,
      index,
      type: field(o, 'type', path, oneOf(COLUMN_TYPES)),
      included: field(o, 'included', path, boolean),
      reason: field(o, 'reason', path, nullable(oneOf(OFF_REASONS))),
      encoding: field(o, 'encoding', path, oneOf(['numeric', 'one-hot', 'date-parts'] as const)),
    };
  };
}

const split: Read<SplitSettings> = (value, path) => {
  const o = object(value, path);
  return {
    validationPct: field(o, 'validationPct', path, anyNumber),
    testPct: field(o, 'testPct', path, anyNumber),
    seed: field(o, 'seed', path, anyNumber),
    folds: field(o, 'folds', path, integer(0)),
    timeColumn: field(o, 'timeColumn', path, nullable(string)),
  };
};

/** A model's option values, keyed only by the option names its meta declares. */
const modelOptions: Read<{ kind: ModelKind; values: ModelOptionValues }> = (value, path) => {
  const o = object(value, path);
  const kind = field(o, 'kind', path, oneOf(MODEL_KINDS));
  const source = field(o, 'values', path, object);
  const values: Record<string, number | string | boolean> = {};
  // In the file's order; names the model does not declare are dropped, so keys come from the meta.
  for (const name of Object.keys(source)) {
    const spec = metaOf(kind).options.find((option) => option.key === name);
    if (!spec) continue;
    const option = source[name];
    const at = `${path}.values.${spec.key}`;
    const fits =
      typeof option === 'number' || typeof option === 'string' || typeof option === 'boolean';
    check(fits, at, 'a number, text or true/false');
    values[spec.key] = option as number | string | boolean;
  }
  return { kind, values };
};

/** The model set-up; indices must point at columns of `table`. */
export function readSetup(table: DataTable): Read<ProjectSetup> {
  return (value, path) => {
    const o = object(value, path);
    const last = table.columns.length - 1;
    return {
      targetIndex: field(o, 'targetIndex', path, nullable(integer(0, last))),
      taskInference: field(o, 'taskInference', path, taskInference),
      taskOverride: field(o, 'taskOverride', path, nullable(oneOf(TASKS))),
      features: field(o, 'features', path, arrayOf(featureChoice(table))),
      impute: field(o, 'impute', path, oneOf(IMPUTES)),
      split: field(o, 'split', path, split),
      selectedModels: field(o, 'selectedModels', path, arrayOf(oneOf(MODEL_KINDS))),
      modelOptions: field(o, 'modelOptions', path, arrayOf(modelOptions)),
      backend: field(o, 'backend', path, oneOf(BACKEND_CHOICES)),
    };
  };
}
