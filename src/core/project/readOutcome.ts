import type { RowPredictions } from '../results/resultTypes';
import { MODEL_KINDS } from '../models/modelMetas';
import type { ModelKind } from '../models/modelTypes';
import {
  arrayOf,
  check,
  field,
  integer,
  nullable,
  object,
  oneOf,
  string,
  ShapeError,
  type JsonObject,
  type Read,
} from '../modelFile/jsonShape';
import { readSplitMetrics, type MetricNumbers } from '../modelFile/metricsShape';
import { checkModel } from '../modelFile/modelShape';
import { readPipeline } from '../modelFile/pipelineShape';
import type {
  CrossValidationSummary,
  LossPoint,
  TrainingNotice,
  TrainingOutcome,
} from '../training/trainingTypes';
import { anyNumber, checkCodes, float64s, int32s, optional, uint8s } from './shapeReaders';

const strings = arrayOf(string);
const count = integer(0);

/** Project files keep every metric as written, NaN and infinities included. */
const PROJECT_METRIC_NUMBERS: MetricNumbers = {
  metric: anyNumber,
  optional: anyNumber,
  confusionRow: arrayOf(anyNumber),
};

const crossValidation: Read<CrossValidationSummary | null> = nullable((value, path) => {
  const o = object(value, path);
  const metric = (m: unknown, at: string) => {
    const mo = object(m, at);
    return {
      name: field(mo, 'name', at, string),
      mean: field(mo, 'mean', at, anyNumber),
      std: field(mo, 'std', at, anyNumber),
    };
  };
  return {
    folds: field(o, 'folds', path, count),
    metrics: field(o, 'metrics', path, arrayOf(metric)),
  };
});

/** A loss curve point. */
export const lossPoint: Read<LossPoint> = (value, path) => {
  const o = object(value, path);
  return {
    epoch: field(o, 'epoch', path, anyNumber),
    loss: field(o, 'loss', path, anyNumber),
    valLoss: field(o, 'valLoss', path, nullable(anyNumber)),
  };
};

/** Parameter names are our own identifiers; anything else (e.g. `__proto__`) is refused. */
const PARAM_NAME = /^[a-z][A-Za-z0-9]{0,40}$/;

const notice: Read<TrainingNotice> = (value, path) => {
  const o = object(value, path);
  const source = field(o, 'params', path, object);
  const params: Record<string, string | number> = {};
  for (const key of Object.keys(source)) {
    check(PARAM_NAME.test(key) && key !== 'constructor', `${path}.params`, 'plain parameter names');
    const param = source[key];
    check(
      typeof param === 'string' || typeof param === 'number',
      `${path}.params.${key}`,
      'text or a number',
    );
    params[key] = param as string | number;
  }
  return { code: field(o, 'code', path, string), params, ...optional(o, 'message', path, string) };
};

function predictions(tableRows: number, classCount: number): Read<RowPredictions> {
  return (value, path) => {
    const o = object(value, path);
    const rows = field(o, 'rows', path, int32s());
    checkCodes(rows, 0, tableRows - 1, `${path}.rows`);
    const part = field(o, 'part', path, uint8s(rows.length));
    checkCodes(part, 0, 2, `${path}.part`);
    const classes = field(o, 'classes', path, nullable(strings));
    check((classes?.length ?? 0) === classCount, `${path}.classes`, 'the run classes');
    return {
      rows,
      part,
      actual: field(o, 'actual', path, float64s(rows.length)),
      predicted: field(o, 'predicted', path, float64s(rows.length)),
      probabilities: field(o, 'probabilities', path, nullable(float64s(rows.length * classCount))),
      classes,
    };
  };
}

function sameStrings(a: readonly string[], b: readonly string[] | null): boolean {
  return b !== null && a.length === b.length && a.every((item, i) => item === b[i]);
}

function readRowCounts(o: JsonObject, path: string): TrainingOutcome['rowCounts'] {
  const r = field(o, 'rowCounts', path, object);
  const at = `${path}.rowCounts`;
  return {
    train: field(r, 'train', at, count),
    validation: field(r, 'validation', at, count),
    test: field(r, 'test', at, count),
  };
}

/** A finished run's outcome; its pipeline, model and predictions must agree with each other. */
export function readOutcome(tableRows: number): Read<TrainingOutcome> {
  return (value, path) => {
    const o = object(value, path);
    const kind: ModelKind = field(o, 'kind', path, oneOf(MODEL_KINDS));
    const task = field(o, 'task', path, oneOf(['regression', 'classification'] as const));
    const pipeline = field(o, 'pipeline', path, readPipeline);
    check(pipeline.task === task, `${path}.pipeline.task`, `the run's task (${task})`);
    const featureNames = field(o, 'featureNames', path, strings);
    check(
      sameStrings(featureNames, pipeline.featureNames),
      `${path}.featureNames`,
      'the pipeline features',
    );
    const classes = field(o, 'classes', path, nullable(strings));
    const pipelineClasses =
      pipeline.target.kind === 'classification' ? pipeline.target.classes : null;
    const agree =
      classes === null ? pipelineClasses === null : sameStrings(classes, pipelineClasses);
    if (!agree) throw new ShapeError(`${path}.classes`, 'the pipeline classes');
    const want = { task, cols: featureNames.length, classCount: classes?.length ?? 0 };
    const metrics = readSplitMetrics(task, PROJECT_METRIC_NUMBERS);
    return {
      kind,
      task,
      model: field(o, 'model', path, (m, at) => checkModel(kind, m, at, want)),
      pipeline,
      featureNames,
      classes,
      rowCounts: readRowCounts(o, path),
      metrics: field(o, 'metrics', path, metrics),
      baseline: field(o, 'baseline', path, metrics),
      crossValidation: field(o, 'crossValidation', path, crossValidation),
      backend: field(o, 'backend', path, nullable(string)),
      trainMs: field(o, 'trainMs', path, anyNumber),
      lossHistory: field(o, 'lossHistory', path, arrayOf(lossPoint)),
      notices: field(o, 'notices', path, arrayOf(notice)),
      predictions: field(o, 'predictions', path, predictions(tableRows, want.classCount)),
    };
  };
}
