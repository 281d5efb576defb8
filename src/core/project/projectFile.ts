import type { Result } from '../result';
import { unpackContainer, packContainer } from './blobContainer';
import type { ProjectError, ProjectSnapshot } from './projectTypes';
import { projectProblem, readProjectSnapshot } from './readSnapshot';

/** The project as one file: a small container of JSON and raw typed-array bytes (blobContainer). */
export function serialiseProject(snapshot: ProjectSnapshot): Uint8Array<ArrayBuffer> {
  return packContainer(snapshot);
}

/** Reads a project file, checking every field; bad files come back as a ProjectError. */
export function parseProject(bytes: Uint8Array): Result<ProjectSnapshot, ProjectError> {
  const unpacked = unpackContainer(bytes);
  if (unpacked.ok) return readProjectSnapshot(unpacked.value);
  if (unpacked.error.code === 'not-a-container') {
    return projectProblem('not-a-project', 'This is not a SheetSense project file.');
  }
  return projectProblem('corrupt', `The project file is damaged: ${unpacked.error.reason}.`);
}
