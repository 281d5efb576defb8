import type { TrainingOutcome } from '../../core/training/trainingTypes';
import type { RunResultsState } from '../../state/resultsTypes';
import { useAppStore } from '../../state/store';
import type { ModelRun } from '../../state/trainingSlice';

/** The results-screen state of one run (undefined until its results are requested). */
export function useRunResultsState(runId: number): RunResultsState | undefined {
  return useAppStore((s) => s.runResults[runId]);
}

/** One training run by id. */
export function useRun(runId: number): ModelRun | undefined {
  return useAppStore((s) => s.runs.find((run) => run.id === runId));
}

/** The source columns the run's features came from, in pipeline order. */
export function featureColumns(outcome: TrainingOutcome): string[] {
  return outcome.pipeline.steps.map((step) => step.column);
}
