import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createForgetSlice, type ForgetSlice } from './forgetSlice';
import { createModelSetupSlice, type ModelSetupSlice } from './modelSetupSlice';
import { createResultsSlice, type ResultsActions } from './resultsSlice';
import type { ResultsSlice } from './resultsTypes';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';

export type AppState = SettingsSlice &
  DatasetSlice &
  ModelSetupSlice &
  TrainingSlice &
  ResultsSlice &
  ResultsActions &
  ForgetSlice;

/** The one store, combined from slices by domain. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createDatasetSlice(...a),
  ...createModelSetupSlice(...a),
  ...createTrainingSlice(...a),
  ...createResultsSlice(...a),
  ...createForgetSlice(...a),
}));
