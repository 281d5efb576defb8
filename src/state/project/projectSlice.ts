import type { StateCreator } from 'zustand';
import type { OpenedProject } from '../../core/project';
import {
  forgetKeptInWorker,
  keepInWorker,
  openProjectInWorker,
  readKeptProjectInWorker,
  serialiseInWorker,
} from '../../workers/projectClient';
import { baseName, saveFile } from '../saveFile';
import type { AppState } from '../store';
import { readPersistChoice, writePersistChoice } from './persistChoice';
import { onProjectTakenOver, requestProjectLock, type ProjectLock } from './projectLock';
import { partsChanged, snapshotOf, stateOfSnapshot, watchedParts } from './projectState';
import type { ProjectSlice } from './projectTypes';

/** Autosave waits this long after the last change, so a burst of edits is saved once. */
export const AUTOSAVE_DELAY_MS = 1000;

const KEPT_NOTHING = { kind: 'kept' } as const;

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
  let opening = 0; // counts project files opened, so that only the latest one is applied
  // The save in flight, if any: one at a time, so that an older project never lands last.
  let keeping: AbortController | null = null;

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
    if (keeping !== null) return; // the save in flight schedules the next one when it ends
    const parts = watchedParts(state);
    const snapshot = snapshotOf(state, new Date());
    const mine = new AbortController();
    keeping = mine;
    const outcome = snapshot ? await keepInWorker(snapshot, mine.signal) : KEPT_NOTHING;
    if (keeping === mine) keeping = null;
    if (mine.signal.aborted) return; // switched off, forgotten or taken over meanwhile
    if (outcome.kind !== 'kept') {
      const projectError =
        outcome.kind === 'quota'
          ? { kind: 'quota' as const }
          : { kind: 'storage' as const, detail: outcome.detail };
      return set({ projectStatus: 'error', projectError });
    }
    saved = parts;
    if (lock === null) return; // another tab took over meanwhile
    if (partsChanged(watchedParts(get()), parts)) return schedule();
    const keepFileError = get().projectError?.kind === 'file';
    set({ projectStatus: 'saved', projectError: keepFileError ? get().projectError : null });
  };

  /** Ends the save in flight, if any (its worker with it). */
  const stopKeeping = () => {
    keeping?.abort();
    keeping = null;
  };

  const onChange = (state: AppState) => {
    if (applying || !state.persistEnabled || lock === null) return;
    if (!partsChanged(watchedParts(state), saved)) return;
    if (state.projectStatus !== 'saving' && state.projectStatus !== 'error') {
      set({ projectStatus: 'saving' });
    }
    schedule();
  };

  const apply = ({ snapshot, piiFindings }: OpenedProject, alreadyKept: boolean) => {
    applying = true;
    get().cancelImport();
    get().cancelTraining();
    set(stateOfSnapshot(snapshot, Date.now()));
    // The personal-data check ran in the project worker, as it runs in the import worker.
    get().detectPii(snapshot.dataset.table, snapshot.dataset.profiles, piiFindings);
    if (alreadyKept) saved = watchedParts(get());
    applying = false;
    for (const run of get().runs) void get().analyseRun(run.id);
  };

  const restore = async (): Promise<void> => {
    const table = get().table;
    const kept = await readKeptProjectInWorker();
    // A dataset imported or opened while the worker read the kept one wins over it.
    if (get().table !== table) return;
    if (kept.kind === 'storage-failed') {
      return set({
        projectStatus: 'error',
        projectError: { kind: 'storage', detail: kept.detail },
      });
    }
    if (kept.kind === 'refused')
      return set({ projectError: { kind: 'restore', error: kept.error } });
    if (kept.kind === 'read') apply(kept.project, true);
  };

  const lost = () => {
    if (lock === null) return;
    lock = null;
    stopTimer();
    stopKeeping(); // the other tab saves from now on: ours must not land after its save
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
    stopKeeping();
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
        stopKeeping();
        set({ persistEnabled: false, projectStatus: 'off', projectError: null });
        if (owner) await forgetKeptInWorker();
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
      void serialiseInWorker(snapshot).then((file) =>
        saveFile([file], name, 'application/octet-stream'),
      );
    },

    importProjectFile: async (file) => {
      const mine = ++opening;
      const opened = await openProjectInWorker(file);
      if (mine !== opening) return; // a file picked later takes over
      if (!opened.ok) {
        return set({ projectError: { kind: 'file', fileName: file.name, error: opened.error } });
      }
      set({ projectError: null });
      apply(opened.value, false);
      onChange(get());
    },

    stopProject: () => {
      stopSaving(); // ends the save in flight: no connection is left to block deleting the database
      writePersistChoice(false);
      set({ persistEnabled: false, projectStatus: 'off', projectError: null });
    },
  };
};
