import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectRun,
  type ProjectSnapshot,
} from '../../core/project';
import type { AppState } from '../store';
import { takeRunId, type ModelRun } from '../trainingSlice';

const finishedRuns = (state: AppState) => state.runs.filter((run) => run.status === 'done');

/**
 * What autosave watches, as a list compared item by item (by identity): the table, every set-up
 * field and the finished runs' outcomes. Progress updates of a run in training change none.
 */
export function watchedParts(state: AppState): readonly unknown[] {
  return [
    state.table,
    state.targetIndex,
    state.taskOverride,
    state.features,
    state.impute,
    state.split,
    state.selectedModels,
    state.modelOptions,
    state.backend,
    ...finishedRuns(state).map((run) => run.outcome),
  ];
}

/** True when two `watchedParts` lists differ. */
export function partsChanged(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length !== b.length || a.some((part, i) => part !== b[i]);
}

/** The project as it stands, or null when there is no dataset to keep. */
export function snapshotOf(state: AppState, now: Date): ProjectSnapshot | null {
  const table = state.table;
  if (!table) return null;
  const runs: ProjectRun[] = [];
  let selectedRun: number | null = null;
  for (const run of finishedRuns(state)) {
    if (!run.outcome) continue;
    if (run.id === state.selectedRunId) selectedRun = runs.length;
    runs.push({ kind: run.kind, lossHistory: run.lossHistory, outcome: run.outcome });
  }
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    savedAt: now.toISOString(),
    dataset: { table, report: state.report, profiles: state.profiles },
    setup: {
      targetIndex: state.targetIndex,
      taskInference: state.taskInference,
      taskOverride: state.taskOverride,
      features: state.features,
      impute: state.impute,
      split: state.split,
      selectedModels: state.selectedModels,
      modelOptions: state.modelOptions,
      backend: state.backend,
    },
    runs,
    selectedRun,
  };
}

/** The store fields a snapshot brings back; runs get fresh ids and come back finished. */
export function stateOfSnapshot(snapshot: ProjectSnapshot, now: number): Partial<AppState> {
  const runs: ModelRun[] = snapshot.runs.map((run) => ({
    id: takeRunId(),
    kind: run.kind,
    status: 'done',
    progress: 1,
    startedAt: now,
    etaMs: null,
    message: null,
    lossHistory: run.lossHistory,
    outcome: run.outcome,
    failure: null,
  }));
  const selected = snapshot.selectedRun === null ? undefined : runs[snapshot.selectedRun];
  const { table, report, profiles } = snapshot.dataset;
  return {
    table,
    report,
    profiles,
    sourceFile: null,
    importFailure: null,
    ...snapshot.setup,
    runs,
    selectedRunId: selected?.id ?? runs[0]?.id ?? null,
    runResults: {},
    setupFailure: null,
  };
}
