import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serialiseProject, type OpenedProject, type ProjectSnapshot } from '../../core/project';
import { detectPii } from '../../core/pii/detectPii';
import { sampleSnapshot } from '../../core/project/testing/sampleProject';
import { readKeptRecord as readStoredProject } from '../../workers/projectDb';

vi.mock('../../workers/resultsClient', () => ({
  withResultsWorker: vi.fn(() => Promise.resolve({ ok: false, error: { message: 'no worker' } })),
  stopResultsWorker: vi.fn(),
}));

/** Holds saves back until opened, so that a test can act while one is in flight. */
const saveGate = { opened: Promise.resolve(), tables: [] as unknown[] };
beforeEach(() => void (saveGate.tables = []));

/** The project worker's work done in this thread (Node has no Worker), through the wire form. */
vi.mock('../../workers/projectClient', async () => {
  const core = await import('../../core/project');
  const db = await import('../../workers/projectDb');
  const readStoredProject = db.readKeptRecord;
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
    keepInWorker: async (snapshot: ProjectSnapshot, signal: AbortSignal) => {
      saveGate.tables.push(snapshot.dataset.table);
      const steps = core.snapshotToSave(snapshot);
      let step = steps.next();
      while (!step.done) step = steps.next();
      await saveGate.opened;
      // As in projectClient: an aborted save ends its worker before it writes.
      if (signal.aborted) return { kind: 'failed', detail: 'stopped' };
      return db.keepSnapshot(structuredClone(step.value), null);
    },
    forgetKeptInWorker: () => db.deleteKeptRecord().then(() => null),
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

const stores: { getState: () => { stopProject: () => void } }[] = [];

/** A fresh app store, as after a page reload. */
async function freshStore() {
  vi.resetModules();
  const { useAppStore } = await import('../store');
  stores.push(useAppStore);
  return useAppStore;
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check()).toBe(true);
};

describe('keeping the project in this browser', () => {
  beforeEach(() => kept.clear());
  // A store left saving would retry its saves during the next test.
  afterEach(() => stores.splice(0).forEach((store) => store.getState().stopProject()));

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

  it('drops a save still in flight when switched off, and saves one project at a time', async () => {
    const snapshot = await sampleSnapshot();
    const store = await freshStore();
    await store.getState().startProject();
    let open = () => {};
    saveGate.opened = new Promise((resolve) => (open = resolve));
    await store.getState().setPersist(true);
    const file = new File([serialiseProject(snapshot)], 'p.sheetsense');
    await store.getState().importProjectFile(file);
    await waitFor(() => saveGate.tables.length === 1);
    store.getState().setTarget(0); // a change while the save is in flight
    await new Promise((r) => setTimeout(r, 1500)); // longer than the autosave delay
    expect(saveGate.tables).toHaveLength(1);
    await store.getState().setPersist(false);
    open();
    await new Promise((r) => setTimeout(r, 100));
    expect(await readStoredProject()).toBeUndefined();
    expect(store.getState().projectStatus).toBe('off');
    saveGate.opened = Promise.resolve();
  });
});
