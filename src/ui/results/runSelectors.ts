import type { TrainingOutcome } from '../../core/training/trainingTypes';
import type { RunResultsState } from '../../state/resultsTypes';
import { useShallow } from 'zustand/react/shallow';
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

/**
 * The finished runs (done with an outcome). The same array while other runs report progress, so
 * a training tick does not re-render the results, comparison or leaderboard.
 */
export function useDoneRuns(): readonly ModelRun[] {
  return useAppStore(
    useShallow((s) => s.runs.filter((run) => run.status === 'done' && run.outcome !== null)),
  );
}

/** Runs no longer training, or with an outcome; stable across other runs' progress ticks. */
export function useSettledRuns(): readonly ModelRun[] {
  return useAppStore(
    useShallow((s) => s.runs.filter((run) => run.status !== 'training' || run.outcome !== null)),
  );
}

/** The source columns the run's features came from, in pipeline order. */
export function featureColumns(outcome: TrainingOutcome): string[] {
  return outcome.pipeline.steps.map((step) => step.column);
}
