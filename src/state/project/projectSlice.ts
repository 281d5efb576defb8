import type { StateCreator } from 'zustand';
import {
  parseProject,
  projectProblem,
  readProjectSnapshot,
  serialiseProject,
} from '../../core/project';
import type { ProjectSnapshot } from '../../core/project';
import { baseName, saveFile } from '../saveFile';
import type { AppState } from '../store';
import { readPersistChoice, writePersistChoice } from './persistChoice';
import {
  closeProjectDb,
  deleteStoredProject,
  isQuotaError,
  readStoredProject,
  writeStoredProject,
} from './projectDb';
import { onProjectTakenOver, requestProjectLock, type ProjectLock } from './projectLock';
import { partsChanged, snapshotOf, stateOfSnapshot, watchedParts } from './projectState';
import type { ProjectSlice } from './projectTypes';

/** Autosave waits this long after the last change, so a burst of edits is saved once. */
export const AUTOSAVE_DELAY_MS = 1000;

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (
  set,
  get,
  store,
) => {
  let lock: ProjectLock | null = null;
  let saved: readonly unknown[] = []; // watched parts as last saved or restored
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;
  let started = false;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    stopTimer();
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  };

  const save = async (): Promise<void> => {
    timer = null;
    const state = get();
    if (!state.persistEnabled || lock === null) return;
    if (state.importing) return schedule(); // never keep a half-replaced project
    const parts = watchedParts(state);
    const snapshot = snapshotOf(state, new Date());
    try {
      if (snapshot) await writeStoredProject(snapshot);
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const projectError = isQuotaError(error)
        ? { kind: 'quota' as const }
        : { kind: 'storage' as const, detail };
      return set({ projectStatus: 'error', projectError });
    }
    saved = parts;
    if (lock === null) return; // another tab took over meanwhile
    if (partsChanged(watchedParts(get()), parts)) return schedule();
    const keepFileError = get().projectError?.kind === 'file';
    set({ projectStatus: 'saved', projectError: keepFileError ? get().projectError : null });
  };

  const onChange = (state: AppState) => {
    if (applying || !state.persistEnabled || lock === null) return;
    if (!partsChanged(watchedParts(state), saved)) return;
    if (state.projectStatus !== 'saving' && state.projectStatus !== 'error') {
      set({ projectStatus: 'saving' });
    }
    schedule();
  };

  const apply = (snapshot: ProjectSnapshot, alreadyKept: boolean) => {
    applying = true;
    get().cancelImport();
    get().cancelTraining();
    set(stateOfSnapshot(snapshot, Date.now()));
    // The personal-data check runs on a restored dataset as it does after an import.
    get().detectPii(snapshot.dataset.table, snapshot.dataset.profiles);
    if (alreadyKept) saved = watchedParts(get());
    applying = false;
    for (const run of get().runs) void get().analyseRun(run.id);
  };

  const restore = async (): Promise<void> => {
    let stored: unknown;
    try {
      stored = await readStoredProject();
    } catch (error) {
      return set({
        projectStatus: 'error',
        projectError: { kind: 'storage', detail: String(error) },
      });
    }
    if (stored === undefined) return;
    const read = readProjectSnapshot(stored);
    if (!read.ok) return set({ projectError: { kind: 'restore', error: read.error } });
    apply(read.value, true);
  };

  const lost = () => {
    if (lock === null) return;
    lock = null;
    stopTimer();
    set({ projectStatus: 'locked' });
  };

  const acquire = async (steal: boolean): Promise<boolean> => {
    const outcome = await requestProjectLock(steal, lost);
    if (!outcome.held) {
      set({ projectStatus: 'locked' });
      return false;
    }
    lock = outcome.lock;
    set({ projectStatus: 'saved' });
    return true;
  };

  const stopSaving = () => {
    stopTimer();
    lock?.release();
    lock = null;
  };

  return {
    persistEnabled: readPersistChoice(),
    projectStatus: 'off',
    projectError: null,

    startProject: async () => {
      if (started) return;
      started = true;
      store.subscribe(onChange);
      onProjectTakenOver(lost);
      if (!get().persistEnabled) return;
      await restore(); // a tab without the lock still shows the kept project, read-only
      await acquire(false);
      onChange(get());
    },

    setPersist: async (on) => {
      writePersistChoice(on);
      if (!on) {
        const owner = lock !== null;
        stopTimer();
        set({ persistEnabled: false, projectStatus: 'off', projectError: null });
        if (owner) await deleteStoredProject().catch(() => {});
        return stopSaving();
      }
      set({ persistEnabled: true, projectError: null });
      if (!get().table) await restore();
      if (lock === null && !(await acquire(false))) return;
      onChange(get());
    },

    takeOverProject: async () => {
      // Nothing changed here since the kept project was read: bring back the latest one instead.
      const untouched = !partsChanged(watchedParts(get()), saved);
      if (!(await acquire(true))) return;
      if (untouched) await restore();
      onChange(get());
    },

    exportProjectFile: () => {
      const snapshot = snapshotOf(get(), new Date());
      if (!snapshot) return;
      const name = `${baseName(snapshot.dataset.table.name)}.sheetsense`;
      saveFile([serialiseProject(snapshot)], name, 'application/octet-stream');
    },

    importProjectFile: async (file) => {
      const bytes = await file.arrayBuffer().then(
        (buffer) => new Uint8Array(buffer),
        () => null,
      );
      const parsed = bytes
        ? parseProject(bytes)
        : projectProblem('corrupt', 'The file could not be read.');
      if (!parsed.ok) {
        return set({ projectError: { kind: 'file', fileName: file.name, error: parsed.error } });
      }
      set({ projectError: null });
      apply(parsed.value, false);
      onChange(get());
    },

    stopProject: () => {
      stopSaving();
      closeProjectDb();
      writePersistChoice(false);
      set({ persistEnabled: false, projectStatus: 'off', projectError: null });
    },
  };
};
