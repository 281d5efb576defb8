import { create } from 'zustand';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createForgetSlice, type ForgetSlice } from './forgetSlice';
import { createModelSetupSlice, type ModelSetupSlice } from './modelSetupSlice';
import { createProjectSlice } from './project/projectSlice';
import type { ProjectSlice } from './project/projectTypes';
import { createPiiSlice, type PiiSlice } from './piiSlice';
import { createResultsSlice, type ResultsActions } from './resultsSlice';
import type { ResultsSlice } from './resultsTypes';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';

export type AppState = SettingsSlice &
  DatasetSlice &
  ModelSetupSlice &
  PiiSlice &
  TrainingSlice &
  ResultsSlice &
  ResultsActions &
  ForgetSlice &
  ProjectSlice;

/** The one store, combined from slices by domain. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createSettingsSlice(...a),
  ...createDatasetSlice(...a),
  ...createModelSetupSlice(...a),
  ...createPiiSlice(...a),
  ...createTrainingSlice(...a),
  ...createResultsSlice(...a),
  ...createForgetSlice(...a),
  ...createProjectSlice(...a),
}));
