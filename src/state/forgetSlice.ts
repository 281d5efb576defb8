import type { StateCreator } from 'zustand';
import { stopResultsWorker } from '../workers/resultsClient';
import type { AppState } from './store';
import { wipeStorage } from './wipeStorage';

export interface ForgetSlice {
  /**
   * "Forget everything": stops imports and training, drops the dataset, every model, loaded model
   * and scored file, stops the results worker, and wipes the origin's storage and caches.
   */
  forgetEverything: () => Promise<void>;
}

export const createForgetSlice: StateCreator<AppState, [], [], ForgetSlice> = (set, get) => ({
  forgetEverything: async () => {
    // First: stop autosave and close the database, whose open connection would block deleting it.
    get().stopProject();
    get().cancelImport();
    get().cancelTraining();
    get().clearRuns();
    stopResultsWorker();
    set({
      table: null,
      profiles: [],
      report: null,
      sourceFile: null,
      importFailure: null,
      loadedModel: null,
      scoring: {
        status: 'idle',
        fileName: null,
        report: null,
        scoredRows: 0,
        droppedRows: 0,
        error: null,
        failure: null,
      },
    });
    get().forgetPii();
    get().resetSetup(null);
    await wipeStorage();
  },
});
