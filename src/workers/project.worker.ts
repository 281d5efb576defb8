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
import type { OpenedProjectOnWire, ProjectWorkerApi } from './projectApi';
import { deleteKeptRecord, keepSnapshot, readKeptRecord } from './projectDb';

/** The project packed for the page, with every buffer to transfer (the worker keeps nothing). */
function packed(project: OpenedProject): { wire: OpenedProjectOnWire; buffers: ArrayBuffer[] } {
  const snapshot = snapshotToWire(project.snapshot);
  const wire = { snapshot, piiFindings: project.piiFindings };
  return { wire, buffers: snapshotBuffers(snapshot) };
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
  keep: keepSnapshot,
  async forgetKept() {
    return deleteKeptRecord().then(
      () => null,
      (error: unknown) => String(error),
    );
  },
};

Comlink.expose(api);
