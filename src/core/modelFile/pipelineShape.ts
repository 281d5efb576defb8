import { COLUMN_TYPES } from '../data/table';
import {
  PIPELINE_VERSION,
  type DatePartStep,
  type FeatureStep,
  type FittedImpute,
  type ImputeStrategy,
  type Pipeline,
  type PrepNotice,
  type Scaling,
  type TargetStep,
} from '../prep/prepTypes';
import {
  arrayOf,
  boolean,
  check,
  field,
  finite,
  integer,
  nullable,
  numbers,
  object,
  oneOf,
  string,
  type JsonObject,
  type Read,
} from './jsonShape';

const IMPUTES: readonly ImputeStrategy[] = [
  'mean',
  'median',
  'most-frequent',
  'constant',
  'drop-rows',
];
const strings = arrayOf(string);

const scaling: Read<Scaling> = (value, path) => {
  const o = object(value, path);
  const std = field(o, 'std', path, finite);
  check(std !== 0, `${path}.std`, 'a non-zero standard deviation');
  return { mean: field(o, 'mean', path, finite), std };
};

function impute<F extends number | string>(fill: Read<F>): Read<FittedImpute<F>> {
  return (value, path) => {
    const o = object(value, path);
    return {
      strategy: field(o, 'strategy', path, oneOf(IMPUTES)),
      fill: field(o, 'fill', path, nullable(fill)),
    };
  };
}

/** A feature index inside the pipeline's `width` output columns. */
const featureIndex = (width: number) => integer(0, width - 1);

function numericStep(o: JsonObject, path: string, width: number): FeatureStep {
  return {
    kind: 'numeric',
    column: field(o, 'column', path, string),
    sourceType: field(o, 'sourceType', path, oneOf(['numeric', 'boolean'] as const)),
    impute: field(o, 'impute', path, impute(finite)),
    feature: field(o, 'feature', path, featureIndex(width)),
    scaling: field(o, 'scaling', path, nullable(scaling)),
  };
}

function dateStep(o: JsonObject, path: string, width: number): FeatureStep {
  const part: Read<DatePartStep> = (value, at) => {
    const p = object(value, at);
    return {
      part: field(p, 'part', at, oneOf(['days', 'month', 'weekday'] as const)),
      feature: field(p, 'feature', at, featureIndex(width)),
      scaling: field(p, 'scaling', at, nullable(scaling)),
    };
  };
  return {
    kind: 'date',
    column: field(o, 'column', path, string),
    impute: field(o, 'impute', path, impute(finite)),
    originMs: field(o, 'originMs', path, finite),
    parts: field(o, 'parts', path, arrayOf(part)),
  };
}

function oneHotStep(o: JsonObject, path: string, width: number): FeatureStep {
  const levels = field(o, 'levels', path, strings);
  const hasOther = field(o, 'hasOther', path, boolean);
  const firstFeature = field(o, 'firstFeature', path, integer(0, width));
  const used = levels.length + (hasOther ? 1 : 0);
  check(firstFeature + used <= width, `${path}.levels`, 'levels that fit the feature names');
  return {
    kind: 'one-hot',
    column: field(o, 'column', path, string),
    sourceType: field(o, 'sourceType', path, oneOf(COLUMN_TYPES)),
    impute: field(o, 'impute', path, impute(string)),
    levels,
    firstFeature,
    hasOther,
    otherLevels: field(o, 'otherLevels', path, strings),
    referenceLevel: field(o, 'referenceLevel', path, nullable(string)),
    unseen: field(o, 'unseen', path, oneOf(['other', 'zeros'] as const)),
  };
}

function featureStep(width: number): Read<FeatureStep> {
  return (value, path) => {
    const o = object(value, path);
    const kind = field(o, 'kind', path, oneOf(['numeric', 'date', 'one-hot'] as const));
    if (kind === 'numeric') return numericStep(o, path, width);
    return kind === 'date' ? dateStep(o, path, width) : oneHotStep(o, path, width);
  };
}

const targetStep: Read<TargetStep> = (value, path) => {
  const o = object(value, path);
  const kind = field(o, 'kind', path, oneOf(['regression', 'classification'] as const));
  const column = field(o, 'column', path, string);
  if (kind === 'regression') return { kind, column };
  const classes = field(o, 'classes', path, strings);
  check(classes.length >= 2, `${path}.classes`, 'at least two classes');
  return {
    kind,
    column,
    sourceType: field(o, 'sourceType', path, oneOf(COLUMN_TYPES)),
    classes,
    classValues: field(o, 'classValues', path, nullable(numbers(classes.length))),
  };
};

const notice: Read<PrepNotice> = (value, path) => {
  const o = object(value, path);
  const part = Object.hasOwn(o, 'part')
    ? { part: field(o, 'part', path, oneOf(['days', 'month', 'weekday'] as const)) }
    : {};
  return {
    code: field(o, 'code', path, oneOf(['constant', 'all-missing'] as const)),
    column: field(o, 'column', path, string),
    ...part,
  };
};

/**
 * A fitted pipeline rebuilt from parsed JSON with only the fields transform reads, every one
 * checked (the version is checked by the caller, which words that error differently).
 */
export const readPipeline: Read<Pipeline> = (value, path) => {
  const o = object(value, path);
  const featureNames = field(o, 'featureNames', path, strings);
  check(featureNames.length > 0, `${path}.featureNames`, 'at least one feature');
  const task = field(o, 'task', path, oneOf(['regression', 'classification'] as const));
  const target = field(o, 'target', path, targetStep);
  check(target.kind === task, `${path}.target.kind`, `the pipeline's task (${task})`);
  return {
    version: PIPELINE_VERSION,
    task,
    target,
    steps: field(o, 'steps', path, arrayOf(featureStep(featureNames.length))),
    featureNames,
    standardised: field(o, 'standardised', path, boolean),
    notices: field(o, 'notices', path, arrayOf(notice)),
    fittedRows: field(o, 'fittedRows', path, integer(0)),
  };
};
