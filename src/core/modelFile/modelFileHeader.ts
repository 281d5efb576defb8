import type { ModelKind, TaskType } from '../models/modelTypes';
import { PIPELINE_VERSION } from '../prep/prepTypes';
import { fail, ok, type Result } from '../result';
import type { JsonObject } from './jsonShape';
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION } from './modelFileTypes';
import { ownField } from '../ownField';

export type ModelFileErrorCode =
  | 'not-json'
  | 'not-a-model-file'
  | 'newer-version'
  | 'unsupported-version'
  | 'unknown-kind'
  | 'unknown-task'
  | 'unsupported-pipeline'
  | 'invalid';

/** Why a model file cannot be used; `path` points into the JSON for 'invalid' (else null). */
export interface ModelFileError {
  readonly code: ModelFileErrorCode;
  readonly message: string;
  readonly path: string | null;
  /** The offending value where it is short (a version number, a kind), else null. */
  readonly found: string | number | null;
}

type HeaderCheck = Result<null, ModelFileError>;

/** A refusal with its English message. */
export const problem = (
  code: ModelFileErrorCode,
  message: string,
  found: string | number | null = null,
  path: string | null = null,
) => fail<ModelFileError>({ code, message, path, found });

const KINDS: readonly ModelKind[] = ['linear', 'svm', 'neural'];
const TASKS: readonly TaskType[] = ['regression', 'classification'];
const PASSED: HeaderCheck = ok(null);

const shortValue = (value: unknown): string | number | null =>
  typeof value === 'number' || typeof value === 'string' ? value : null;

function checkVersion(version: unknown): HeaderCheck {
  if (typeof version === 'number' && Number.isInteger(version) && version > MODEL_FILE_VERSION) {
    return problem(
      'newer-version',
      `This model file was saved by a newer SheetSense (file version ${version}; this version reads ${MODEL_FILE_VERSION}). Update SheetSense to open it.`,
      version,
    );
  }
  if (version === MODEL_FILE_VERSION) return PASSED;
  const found = shortValue(version);
  return problem(
    'unsupported-version',
    `Model file version ${String(found)} is not supported.`,
    found,
  );
}

function checkKindAndTask(kind: unknown, task: unknown): HeaderCheck {
  if (!KINDS.includes(kind as ModelKind)) {
    const found = shortValue(kind);
    return problem('unknown-kind', `Unknown model kind "${String(found)}".`, found);
  }
  if (!TASKS.includes(task as TaskType)) {
    const found = shortValue(task);
    return problem('unknown-task', `Unknown task "${String(found)}".`, found);
  }
  return PASSED;
}

function checkPipelineVersion(version: unknown): HeaderCheck {
  if (version === PIPELINE_VERSION) return PASSED;
  const found = shortValue(version);
  return problem(
    'unsupported-pipeline',
    `The file's data preparation (version ${String(found)}) is not supported by this SheetSense (version ${PIPELINE_VERSION}).`,
    found,
  );
}

/** Format and versions first: a newer file should say "update SheetSense", not "damaged". */
export function checkHeader(root: JsonObject): HeaderCheck {
  if (ownField(root, 'format') !== MODEL_FILE_FORMAT) {
    return problem('not-a-model-file', 'This is not a SheetSense model file.');
  }
  const checks = [
    () => checkVersion(ownField(root, 'version')),
    () => checkKindAndTask(ownField(root, 'kind'), ownField(root, 'task')),
    () => checkPipelineVersion(ownField(ownField(root, 'pipeline'), 'version')),
  ];
  for (const run of checks) {
    const result = run();
    if (!result.ok) return result;
  }
  return PASSED;
}
