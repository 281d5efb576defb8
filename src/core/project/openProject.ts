import { detectPii } from '../pii/detectPii';
import type { PiiFinding } from '../pii/piiTypes';
import { ok, type Result } from '../result';
import { parseProject } from './projectFile';
import type { ProjectError, ProjectSnapshot } from './projectTypes';
import { readProjectSnapshot } from './readSnapshot';

/** A project ready to be shown: the checked snapshot and the personal data found in its table. */
export interface OpenedProject {
  readonly snapshot: ProjectSnapshot;
  readonly piiFindings: readonly PiiFinding[];
}

function withFindings(
  read: Result<ProjectSnapshot, ProjectError>,
): Result<OpenedProject, ProjectError> {
  if (!read.ok) return read;
  return ok({ snapshot: read.value, piiFindings: detectPii(read.value.dataset.table) });
}

/** Reads a project file and runs the personal-data check on its table, as an import does. */
export function openProjectFile(bytes: Uint8Array): Result<OpenedProject, ProjectError> {
  return withFindings(parseProject(bytes));
}

/** Checks a project kept in this browser (unchecked storage) and runs the personal-data check. */
export function openKeptProject(stored: unknown): Result<OpenedProject, ProjectError> {
  return withFindings(readProjectSnapshot(stored));
}
