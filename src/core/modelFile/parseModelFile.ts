import { COLUMN_TYPES } from '../data/table';
import type { ModelKind, TaskType } from '../models/modelTypes';
import type { Pipeline } from '../prep/prepTypes';
import { ok, type Result } from '../result';
import {
  arrayOf,
  check,
  field,
  nullable,
  object,
  oneOf,
  ShapeError,
  string,
  type JsonObject,
  type Read,
} from './jsonShape';
import { readSplitMetrics } from './metricsShape';
import { checkHeader, problem, type ModelFileError } from './modelFileHeader';
import {
  MODEL_FILE_FORMAT,
  MODEL_FILE_VERSION,
  type ModelFile,
  type SchemaColumn,
} from './modelFileTypes';
import { checkModel } from './modelShape';
import { readPipeline } from './pipelineShape';

export type { ModelFileError, ModelFileErrorCode } from './modelFileHeader';

const schemaColumn: Read<SchemaColumn> = (value, path) => {
  const o = object(value, path);
  return {
    name: field(o, 'name', path, string),
    type: field(o, 'type', path, oneOf(COLUMN_TYPES)),
    levels: field(o, 'levels', path, nullable(arrayOf(string))),
  };
};

const sameList = (a: readonly string[], b: readonly string[] | null) =>
  b !== null && a.length === b.length && a.every((item, i) => item === b[i]);

/** The file's own copies of the target, features and classes must agree with its pipeline. */
function checkAgreement(root: JsonObject, pipeline: Pipeline, task: TaskType) {
  check(pipeline.task === task, '.pipeline.task', `the file's task (${task})`);
  const target = field(root, 'target', '', string);
  check(target === pipeline.target.column, '.target', 'the pipeline target column');
  const featureNames = field(root, 'featureNames', '', arrayOf(string));
  check(sameList(featureNames, pipeline.featureNames), '.featureNames', 'the pipeline features');
  const classes = field(root, 'classes', '', nullable(arrayOf(string)));
  const pipelineClasses =
    pipeline.target.kind === 'classification' ? pipeline.target.classes : null;
  const sameClasses =
    classes === null ? pipelineClasses === null : sameList(classes, pipelineClasses);
  check(sameClasses, '.classes', 'the pipeline classes');
  const schema = field(root, 'schema', '', arrayOf(schemaColumn));
  for (const { column } of pipeline.steps) {
    check(
      schema.some((c) => c.name === column),
      '.schema',
      `a column "${column}"`,
    );
  }
  return { target, featureNames, classes, schema };
}

/** The file's fields rebuilt one by one after the header passed. */
function readBody(root: JsonObject, kind: ModelKind, task: TaskType): ModelFile {
  const pipeline: Pipeline = field(root, 'pipeline', '', readPipeline);
  const { target, featureNames, classes, schema } = checkAgreement(root, pipeline, task);
  const want = { task, cols: featureNames.length, classCount: classes?.length ?? 0 };
  const metrics = readSplitMetrics(task);
  return {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    savedAt: field(root, 'savedAt', '', string),
    trainedOn: field(root, 'trainedOn', '', string),
    kind,
    task,
    target,
    classes,
    featureNames,
    schema,
    pipeline,
    model: field(root, 'model', '', (value, path) => checkModel(kind, value, path, want)),
    metrics: field(root, 'metrics', '', metrics),
    baseline: field(root, 'baseline', '', metrics),
    backend: field(root, 'backend', '', nullable(string)),
  };
}

/**
 * Reads a model file: checks format, version, kind, task, pipeline version, then the shape of
 * every field scoring reads. Unknown fields are dropped; nothing from the file becomes a key.
 */
export function parseModelFile(text: string): Result<ModelFile, ModelFileError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problem('not-json', 'The model file is damaged: it is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return problem('not-a-model-file', 'This is not a SheetSense model file.');
  }
  const root = parsed as JsonObject;
  const header = checkHeader(root);
  if (!header.ok) return header;
  try {
    return ok(readBody(root, root.kind as ModelKind, root.task as TaskType));
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const path = error.path.replace(/^\./, '');
    return problem(
      'invalid',
      `The model file is damaged at ${path}: expected ${error.expected}.`,
      null,
      path,
    );
  }
}
