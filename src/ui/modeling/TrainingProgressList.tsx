import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** One progress bar per model in training (`training-progress`), with an estimate of time left. */
export function TrainingProgressList() {
  const t = useT();
  const runs = useAppStore((s) => s.runs);
  const training = runs.filter((run) => run.status === 'training');
  if (training.length === 0) return null;
  return (
    <ul className="training-progress-list">
      {training.map((run) => {
        const percent = Math.round(run.progress * 100);
        const model = t(`modeling.model.${run.kind}`);
        return (
          <li key={run.id}>
            <span>{t('modeling.progress', { model, percent: `${percent}%` })}</span>
            <div
              role="progressbar"
              data-testid="training-progress"
              data-model={run.kind}
              aria-label={model}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="progress-track"
            >
              <div className="progress-fill" style={{ width: `${percent}%` }} />
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
