import * as Comlink from 'comlink';
import {
  projectProblem,
  serialiseProject,
  snapshotFromWire,
  snapshotToSave,
  snapshotToSaveBuffers,
  type OpenedProject,
  type ProjectError,
  type ProjectSnapshot,
} from '../core/project';
import { fail, ok, type Result } from '../core/result';
import { watchLifeline } from './lifeline';
import { currentProjectFault } from './faultSwitch';
import type {
  KeepOutcome,
  KeptProjectOnWire,
  OpenedProjectOnWire,
  ProjectWorkerApi,
} from './projectApi';
import { runInSlices } from './runInSlices';

/** The project kept in this browser, as the page receives it (see KeptProjectOnWire). */
export type KeptProject =
  | { readonly kind: 'none' }
  | { readonly kind: 'storage-failed'; readonly detail: string }
  | { readonly kind: 'refused'; readonly error: ProjectError }
  | { readonly kind: 'read'; readonly project: OpenedProject };

const ABORTED = 'stopped';

const messageOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);

/**
 * Runs one task in a fresh project worker and ends the worker afterwards. A worker that throws,
 * crashes or ends by itself (killed for memory) becomes a failure with its English detail, and
 * so does aborting `signal`, which ends the worker at once (dropping a write not yet committed).
 */
async function inProjectWorker<T>(
  task: (api: Comlink.Remote<ProjectWorkerApi>) => Promise<T>,
  signal?: AbortSignal,
): Promise<Result<T, string>> {
  if (signal?.aborted) return fail(ABORTED);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./project.worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    return fail(messageOf(error)); // no worker at all (e.g. refused by the browser)
  }
  const api = Comlink.wrap<ProjectWorkerApi>(worker);
  const lifeline = watchLifeline('project', (name) => api.holdLifeline(name));
  const stopped = new Promise<Result<never, string>>((resolve) => {
    worker.addEventListener('error', (e) => resolve(fail(e.message || 'worker error')));
    worker.addEventListener('messageerror', () => resolve(fail('unreadable message')));
    void lifeline.ended.then(() => resolve(fail('the project worker ended unexpectedly')));
    signal?.addEventListener('abort', () => resolve(fail(ABORTED)), { once: true });
  });
  try {
    // Work is sent once the worker holds its lifeline, so that even an early end is noticed.
    const working = lifeline.held.then(async () => ok(await task(api)));
    return await Promise.race([working, stopped]);
  } catch (error) {
    return fail(messageOf(error));
  } finally {
    worker.terminate();
  }
}

/** The project with its strings unpacked in short main-thread tasks. */
async function unpacked(wire: OpenedProjectOnWire): Promise<OpenedProject> {
  const snapshot = await runInSlices(snapshotFromWire(wire.snapshot));
  return { snapshot, piiFindings: wire.piiFindings };
}

/**
 * The project file, written by the project worker. The page keeps its table: it copies it in
 * short tasks and transfers the copies. Should the worker die, the page writes the file itself,
 * as it did before there was a worker.
 */
export async function serialiseInWorker(snapshot: ProjectSnapshot): Promise<BlobPart> {
  const saved = await runInSlices(snapshotToSave(snapshot));
  const written = await inProjectWorker<Blob>((api) =>
    api.serialise(Comlink.transfer(saved, snapshotToSaveBuffers(saved))),
  );
  return written.ok ? written.value : serialiseProject(snapshot);
}

/** Opens a project file in the project worker: parsed, checked and searched for personal data. */
export async function openProjectInWorker(
  file: File,
): Promise<Result<OpenedProject, ProjectError>> {
  const arrived = await inProjectWorker<Result<OpenedProjectOnWire, ProjectError>>((api) =>
    api.openFile(file),
  );
  if (!arrived.ok) {
    return projectProblem('corrupt', `The file could not be read (${arrived.error}).`);
  }
  return arrived.value.ok ? ok(await unpacked(arrived.value.value)) : arrived.value;
}

/** Reads the project kept in this browser in the project worker, checked as a file would be. */
export async function readKeptProjectInWorker(): Promise<KeptProject> {
  const arrived = await inProjectWorker<KeptProjectOnWire>((api) => api.readKept());
  if (!arrived.ok) return { kind: 'storage-failed', detail: arrived.error };
  const kept = arrived.value;
  return kept.kind === 'read' ? { kind: 'read', project: await unpacked(kept.project) } : kept;
}

/**
 * Keeps the project in this browser. The page copies its table in short tasks and transfers the
 * copies; the worker rebuilds the snapshot and pays for IndexedDB's structured clone. Aborting
 * `signal` (persistence switched off, everything forgotten) ends the worker before or during the
 * write; the outcome is then a failure that the caller ignores.
 */
export async function keepInWorker(
  snapshot: ProjectSnapshot,
  signal: AbortSignal,
): Promise<KeepOutcome> {
  const saved = await runInSlices(snapshotToSave(snapshot));
  const fault = currentProjectFault();
  const kept = await inProjectWorker<KeepOutcome>(
    (api) => api.keep(Comlink.transfer(saved, snapshotToSaveBuffers(saved)), fault),
    signal,
  );
  return kept.ok ? kept.value : { kind: 'failed', detail: kept.error };
}

/** Deletes the project kept in this browser; the English detail of a failure, or null. */
export async function forgetKeptInWorker(): Promise<string | null> {
  const done = await inProjectWorker((api) => api.forgetKept());
  return done.ok ? done.value : done.error;
}
