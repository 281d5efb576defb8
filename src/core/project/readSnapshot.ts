import { MODEL_KINDS } from '../models/modelMetas';
import {
  arrayOf,
  check,
  field,
  integer,
  nullable,
  object,
  oneOf,
  ShapeError,
  string,
  type Read,
} from '../modelFile/jsonShape';
import { fail, ok, type Result } from '../result';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectError,
  type ProjectRun,
  type ProjectSnapshot,
} from './projectTypes';
import { readDataset } from './readDataset';
import { lossPoint, readOutcome } from './readOutcome';
import { readSetup } from './readSetup';

/** A refusal with its English sentence. */
export function projectProblem(
  code: ProjectError['code'],
  message: string,
  path: string | null = null,
  version: number | null = null,
): { readonly ok: false; readonly error: ProjectError } {
  return fail({ code, message, path, version });
}

function run(tableRows: number): Read<ProjectRun> {
  return (value, path) => {
    const o = object(value, path);
    const kind = field(o, 'kind', path, oneOf(MODEL_KINDS));
    const outcome = field(o, 'outcome', path, readOutcome(tableRows));
    check(outcome.kind === kind, `${path}.outcome.kind`, `the run's model (${kind})`);
    return { kind, lossHistory: field(o, 'lossHistory', path, arrayOf(lossPoint)), outcome };
  };
}

function readBody(o: Readonly<Record<string, unknown>>): ProjectSnapshot {
  const dataset = field(o, 'dataset', '', readDataset);
  const runs = field(o, 'runs', '', arrayOf(run(dataset.table.rowCount)));
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: field(o, 'savedAt', '', string),
    dataset,
    setup: field(o, 'setup', '', readSetup(dataset.table)),
    runs,
    selectedRun: field(o, 'selectedRun', '', nullable(integer(0, runs.length - 1))),
  };
}

/**
 * Checks a project snapshot, from a file or from this browser's storage, and rebuilds it field by
 * field: unknown fields are dropped, and nothing read becomes an object key.
 */
export function readProjectSnapshot(value: unknown): Result<ProjectSnapshot, ProjectError> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return projectProblem('not-a-project', 'This is not a SheetSense project file.');
  }
  const o = value as Readonly<Record<string, unknown>>;
  if (o.format !== PROJECT_FORMAT) {
    return projectProblem('not-a-project', 'This is not a SheetSense project file.');
  }
  const version = o.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return projectProblem(
      'corrupt',
      'The project file is damaged: its version is missing.',
      'version',
    );
  }
  if (version > PROJECT_VERSION) {
    const message = `This project was saved by a newer SheetSense (project version ${version}); this one reads version ${PROJECT_VERSION}.`;
    return projectProblem('newer-version', message, null, version);
  }
  try {
    return ok(readBody(o));
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const path = error.path.replace(/^\./, '');
    return projectProblem(
      'corrupt',
      `The project file is damaged at ${path}: expected ${error.expected}.`,
      path,
    );
  }
}
