import * as Comlink from 'comlink';
import {
  openKeptProject,
  openProjectFile,
  projectProblem,
  serialiseProject,
  snapshotBuffers,
  snapshotFromSave,
  snapshotToWire,
  type OpenedProject,
} from '../core/project';
import { ok } from '../core/result';
import { holdLifeline } from './lifeline';
import { KEPT_PROJECT_DB, type OpenedProjectOnWire, type ProjectWorkerApi } from './projectApi';

/** The project packed for the page, with every buffer to transfer (the worker keeps nothing). */
function packed(project: OpenedProject): { wire: OpenedProjectOnWire; buffers: ArrayBuffer[] } {
  const snapshot = snapshotToWire(project.snapshot);
  const wire = { snapshot, piiFindings: project.piiFindings };
  return { wire, buffers: snapshotBuffers(snapshot) };
}

/** Reads the kept record; the connection is closed at once so that deleting the database works. */
function readKeptRecord(): Promise<unknown> {
  const { name, store, key } = KEPT_PROJECT_DB;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      const get = db.transaction(store, 'readonly').objectStore(store).get(key);
      get.onsuccess = () => {
        db.close();
        resolve(get.result);
      };
      get.onerror = () => {
        db.close();
        reject(get.error ?? new Error('IndexedDB read failed'));
      };
    };
  });
}

const api: ProjectWorkerApi = {
  holdLifeline,
  async serialise(saved) {
    const bytes = serialiseProject(snapshotFromSave(saved));
    return new Blob([bytes], { type: 'application/octet-stream' });
  },
  async openFile(file) {
    const bytes = await file.arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      () => null,
    );
    if (bytes === null) return projectProblem('corrupt', 'The file could not be read.');
    const opened = openProjectFile(bytes);
    if (!opened.ok) return opened;
    // Comlink transfers only what is marked on the value returned itself, not inside it.
    const { wire, buffers } = packed(opened.value);
    return Comlink.transfer(ok(wire), buffers);
  },
  async readKept() {
    let stored: unknown;
    try {
      stored = await readKeptRecord();
    } catch (error) {
      return { kind: 'storage-failed', detail: String(error) };
    }
    if (stored === undefined) return { kind: 'none' };
    const opened = openKeptProject(stored);
    if (!opened.ok) return { kind: 'refused', error: opened.error };
    const { wire, buffers } = packed(opened.value);
    return Comlink.transfer({ kind: 'read', project: wire }, buffers);
  },
};

Comlink.expose(api);
