import type { EpochReport, TrainingProgress } from '../models/modelTypes';
import type { LossPoint } from './trainingTypes';

/** At most one progress message per this many milliseconds while epochs come faster. */
export const PROGRESS_INTERVAL_MS = 50;

export interface CoalescedProgress {
  /** Takes one report; sends it now, or keeps it for the next message. */
  readonly report: (progress: TrainingProgress) => void;
  /** Sends whatever is kept (call before the run's result is answered). */
  readonly flush: () => void;
}

function epochOf(progress: TrainingProgress): EpochReport | null {
  const { epoch, loss, valLoss } = progress;
  if (epoch === undefined || loss === undefined) return null;
  return valLoss === undefined ? { epoch, loss } : { epoch, loss, valLoss };
}

/**
 * Coalesces a training run's progress reports so that a run whose epochs take a millisecond does
 * not post a message (and the page does not render) per epoch: a report goes out at once when the
 * last one went out at least `intervalMs` ago or when it carries a message; otherwise it is kept,
 * and the next report that goes out carries the kept epochs in `earlier`, so no loss point is
 * lost. No timer: a kept report waits for the next one or for `flush`.
 */
export function coalesceProgress(
  send: (progress: TrainingProgress) => void,
  now: () => number,
  intervalMs = PROGRESS_INTERVAL_MS,
): CoalescedProgress {
  let kept: TrainingProgress | null = null;
  let earlier: EpochReport[] = [];
  let lastSent = Number.NEGATIVE_INFINITY;
  const sendWithEarlier = (progress: TrainingProgress) => {
    send(earlier.length > 0 ? { ...progress, earlier } : progress);
    earlier = [];
    kept = null;
    lastSent = now();
  };
  const keep = (progress: TrainingProgress) => {
    const previous = kept === null ? null : epochOf(kept);
    if (previous !== null) earlier.push(previous);
    kept = progress;
  };
  return {
    report: (progress) => {
      const due = now() - lastSent >= intervalMs || progress.message !== undefined;
      if (due) {
        keep(progress);
        sendWithEarlier(progress);
      } else keep(progress);
    },
    flush: () => {
      if (kept !== null) sendWithEarlier(kept);
    },
  };
}

const lossPoint = (report: EpochReport): LossPoint => ({
  epoch: report.epoch,
  loss: report.loss,
  valLoss: report.valLoss ?? null,
});

/** The loss history with the epochs one (possibly coalesced) progress report carries appended. */
export function withReportedEpochs(
  history: readonly LossPoint[],
  progress: TrainingProgress,
): readonly LossPoint[] {
  const latest = epochOf(progress);
  const added = [...(progress.earlier ?? []), ...(latest === null ? [] : [latest])];
  return added.length === 0 ? history : [...history, ...added.map(lossPoint)];
}
