import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';

export type AppState = SettingsSlice & DatasetSlice;

/** The one store, combined from slices by domain. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createDatasetSlice(...a),
}));
