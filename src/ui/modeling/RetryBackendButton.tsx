import { BACKEND_CHOICES, type BackendChoice } from '../../core/training/trainingTypes';
import { BACKEND_LOST } from '../../core/training/workerFaults';
import { useAppStore } from '../../state/store';
import type { ModelRun } from '../../state/trainingSlice';
import { useT } from '../i18n/useT';

/** The backend a failed run suggests (a lost GPU backend names the next one), or null. */
function suggestedBackendOf(run: ModelRun): BackendChoice | null {
  if (run.status !== 'error' || run.failure?.code !== BACKEND_LOST) return null;
  const suggested = run.failure.params.suggested;
  return BACKEND_CHOICES.find((choice) => choice === suggested) ?? null;
}

/** Offers to train a run that lost its GPU backend again on the next backend (`retry-backend`). */
export function RetryBackendButton({ run }: { readonly run: ModelRun }) {
  const t = useT();
  const retryRun = useAppStore((s) => s.retryRun);
  const backend = suggestedBackendOf(run);
  if (backend === null) return null;
  return (
    <button
      type="button"
      className="retry-backend"
      data-testid="retry-backend"
      data-model={run.kind}
      data-backend={backend}
      onClick={(event) => {
        event.stopPropagation(); // the row's own click selects it
        void retryRun(run.id, backend);
      }}
    >
      {t('faults.retryOn', { backend })}
    </button>
  );
}
