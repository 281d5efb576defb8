import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { useRunResultsState } from './runSelectors';
import './results.css';

/** "Computing charts…" while a run's results are on their way (`results-computing`), or their error. */
export function ResultsStatusNote({ runId }: { readonly runId: number }) {
  const t = useT();
  const state = useRunResultsState(runId);
  const analyseRun = useAppStore((s) => s.analyseRun);
  if (state?.status === 'computing') {
    return (
      <p className="results-status" role="status" data-testid="results-computing">
        {t('results.computing')}
      </p>
    );
  }
  if (state?.status === 'error') {
    return (
      <p className="results-status results-error" role="alert" data-testid="results-error">
        {t('results.error', { message: state.error ?? '' })}{' '}
        <button type="button" data-testid="results-retry" onClick={() => void analyseRun(runId)}>
          {t('faults.results.retry')}
        </button>
      </p>
    );
  }
  return null;
}
