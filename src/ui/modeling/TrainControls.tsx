import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { failureText } from './failureText';

/** Train and stop buttons, and why training cannot start when the set-up is incomplete. */
export function TrainControls() {
  const t = useT();
  const training = useAppStore((s) => s.trainingController !== null);
  const hasModels = useAppStore((s) => s.selectedModels.length > 0);
  const setupFailure = useAppStore((s) => s.setupFailure);
  const train = useAppStore((s) => s.train);
  const cancel = useAppStore((s) => s.cancelTraining);
  return (
    <div className="train-controls">
      <button
        type="button"
        className="primary"
        data-testid="train-button"
        disabled={!hasModels}
        onClick={() => void train()}
      >
        {t('modeling.train')}
      </button>
      {training && (
        <button type="button" data-testid="train-cancel" onClick={cancel}>
          {t('modeling.cancel')}
        </button>
      )}
      {setupFailure && (
        <p role="alert" data-testid="train-error" data-code={setupFailure.code}>
          {failureText(t, setupFailure)}
        </p>
      )}
    </div>
  );
}
