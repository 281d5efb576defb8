/** How often (ms) a training run's progress reaches the store, however often it arrives. */
export const PROGRESS_APPLY_MS = 100;

export interface ProgressBatches<T> {
  /** Keeps one report; the batch is applied within `intervalMs`. */
  readonly add: (report: T) => void;
  /** Applies what is kept now (before the run's final state is set). */
  readonly flush: () => void;
}

/**
 * Collects a run's progress reports and applies them as one batch at most every `intervalMs`: a
 * report that arrives while the page is still rendering the previous one then costs a push, not
 * another render of the progress list and the loss chart.
 */
export function progressBatches<T>(
  apply: (batch: readonly T[]) => void,
  intervalMs = PROGRESS_APPLY_MS,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
): ProgressBatches<T> {
  let kept: T[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (kept.length === 0) return;
    const batch = kept;
    kept = [];
    apply(batch);
  };
  return {
    add: (report) => {
      kept.push(report);
      if (scheduled) return;
      scheduled = true;
      schedule(flush, intervalMs);
    },
    flush,
  };
}
