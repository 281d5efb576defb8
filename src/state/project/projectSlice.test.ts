import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serialiseProject, type OpenedProject, type ProjectSnapshot } from '../../core/project';
import { detectPii } from '../../core/pii/detectPii';
import { sampleSnapshot } from '../../core/project/testing/sampleProject';
import { readStoredProject } from './projectDb';

vi.mock('../../workers/resultsClient', () => ({
  withResultsWorker: vi.fn(() => Promise.resolve({ ok: false, error: { message: 'no worker' } })),
  stopResultsWorker: vi.fn(),
}));

/** The project worker's work done in this thread (Node has no Worker), through the wire form. */
vi.mock('../../workers/projectClient', async () => {
  const core = await import('../../core/project');
  const { readStoredProject } = await import('./projectDb');
  const throughWire = ({ snapshot, piiFindings }: OpenedProject): OpenedProject => {
    const steps = core.snapshotFromWire(structuredClone(core.snapshotToWire(snapshot)));
    for (;;) {
      const step = steps.next();
      if (step.done) return { snapshot: step.value, piiFindings };
    }
  };
  return {
    serialiseInWorker: (snapshot: ProjectSnapshot) =>
      Promise.resolve(core.serialiseProject(snapshot)),
    openProjectInWorker: async (file: File) => {
      const opened = core.openProjectFile(new Uint8Array(await file.arrayBuffer()));
      return opened.ok ? { ok: true, value: throughWire(opened.value) } : opened;
    },
    readKeptProjectInWorker: async () => {
      const stored: unknown = await readStoredProject();
      if (stored === undefined) return { kind: 'none' };
      const opened = core.openKeptProject(stored);
      if (!opened.ok) return { kind: 'refused', error: opened.error };
      return { kind: 'read', project: throughWire(opened.value) };
    },
  };
});

/** A localStorage stand-in that outlives a "reload" (a fresh store module). */
const kept = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (key: string) => kept.get(key) ?? null,
  setItem: (key: string, value: string) => void kept.set(key, value),
  removeItem: (key: string) => void kept.delete(key),
  clear: () => kept.clear(),
});

/** A fresh app store, as after a page reload. */
async function freshStore() {
  vi.resetModules();
  const { useAppStore } = await import('../store');
  return useAppStore;
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check()).toBe(true);
};

describe('keeping the project in this browser', () => {
  beforeEach(() => kept.clear());

  it('saves a project once switched on and brings it back after a reload', async () => {
    const snapshot = await sampleSnapshot();
    const store = await freshStore();
    await store.getState().startProject();
    await store
      .getState()
      .importProjectFile(new File([serialiseProject(snapshot)], 'p.sheetsense'));
    expect(store.getState().projectStatus).toBe('off');
    await store.getState().setPersist(true);
    await waitFor(() => store.getState().projectStatus === 'saved');
    expect(await readStoredProject()).toEqual({ ...snapshot, savedAt: expect.any(String) });

    const reloaded = await freshStore();
    expect(reloaded.getState().persistEnabled).toBe(true);
    await reloaded.getState().startProject();
    const state = reloaded.getState();
    expect(state.table).toEqual(snapshot.dataset.table);
    expect(state.targetIndex).toBe(snapshot.setup.targetIndex);
    expect(state.runs.map((run) => run.outcome)).toEqual(snapshot.runs.map((run) => run.outcome));
    expect(state.runs.every((run) => run.status === 'done')).toBe(true);
    expect(state.selectedRunId).toBe(state.runs[1]!.id);
    expect(state.projectStatus).toBe('saved');
    expect(state.piiFindings).toEqual(detectPii(snapshot.dataset.table));
    expect(state.piiSource?.table).toBe(state.table);
  });

  it('shows a full storage as an error and keeps everything in memory', async () => {
    const snapshot = await sampleSnapshot();
    const store = await freshStore();
    await store.getState().startProject();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await store.getState().setPersist(true);
      await store
        .getState()
        .importProjectFile(new File([serialiseProject(snapshot)], 'p.sheetsense'));
      await waitFor(() => store.getState().projectStatus === 'error');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(store.getState().projectError).toEqual({ kind: 'quota' });
    expect(store.getState().table).toEqual(snapshot.dataset.table);
  });

  it('refuses a bad project file by name and leaves the open project alone', async () => {
    const snapshot = await sampleSnapshot();
    const store = await freshStore();
    await store
      .getState()
      .importProjectFile(new File([serialiseProject(snapshot)], 'good.sheetsense'));
    const table = store.getState().table;
    await store.getState().importProjectFile(new File(['id,revenue\n1,2\n'], 'sales.csv'));
    expect(store.getState().projectError).toMatchObject({
      kind: 'file',
      fileName: 'sales.csv',
      error: { code: 'not-a-project' },
    });
    expect(store.getState().table).toBe(table);
  });

  it('stops saving and forgets the choice when switched off', async () => {
    const store = await freshStore();
    await store.getState().startProject();
    await store.getState().setPersist(true);
    expect(kept.size).toBe(1);
    await store.getState().setPersist(false);
    expect(kept.size).toBe(0);
    expect(store.getState().projectStatus).toBe('off');
    expect(await readStoredProject()).toBeUndefined();
  });
});
