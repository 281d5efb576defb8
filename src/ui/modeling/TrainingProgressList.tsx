import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

/**
 * One progress bar per model in training (`training-progress`), with an estimate of time left,
 * then one per model waiting for a free training slot (`data-queued`), which says so.
 */
export function TrainingProgressList() {
  const t = useT();
  const runs = useAppStore((s) => s.runs);
  const queued = useAppStore((s) => s.queuedRuns);
  const training = runs.filter((run) => run.status === 'training');
  if (training.length === 0 && queued.length === 0) return null;
  const rows = [
    ...training.map((run) => ({ ...run, queued: false })),
    ...queued.map(({ id, kind }) => ({
      id,
      kind,
      progress: 0,
      etaMs: null,
      message: null,
      queued: true,
    })),
  ];
  return (
    <ul className="training-progress-list">
      {rows.map((run) => {
        const percent = Math.round(run.progress * 100);
        const model = t(`modeling.model.${run.kind}`);
        return (
          <li key={run.id}>
            <span>
              {run.queued
                ? t('modeling.queued', { model })
                : t('modeling.progress', { model, percent: `${percent}%` })}
            </span>
            <div
              role="progressbar"
              data-testid="training-progress"
              data-model={run.kind}
              data-queued={String(run.queued)}
              aria-label={model}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="progress-track"
            >
              <div className="progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
            </div>
            <span className="setup-note">
              {run.etaMs !== null && t('modeling.eta', { seconds: Math.ceil(run.etaMs / 1000) })}
              {run.message !== null && ` ${run.message}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
