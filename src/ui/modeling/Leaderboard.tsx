import type { TaskType } from '../../core/models/modelTypes';
import { rowKernelOf } from '../../core/models/svm/svmTypes';
import { useAppStore } from '../../state/store';
import type { ModelRun } from '../../state/trainingSlice';
import { useT } from '../i18n/useT';
import { useSettledRuns } from '../results/runSelectors';
import { failureText } from './failureText';
import { RetryBackendButton } from './RetryBackendButton';
import {
  bestOf,
  CLASSIFICATION_COLUMNS,
  formatMetric,
  headlineMetrics,
  REGRESSION_COLUMNS,
} from './headlineMetrics';

/** Every trained model's held-out metrics in one table (`model-result` rows), best highlighted. */
export function Leaderboard() {
  const t = useT();
  const finished = useSettledRuns();
  const selectedRunId = useAppStore((s) => s.selectedRunId);
  const selectRun = useAppStore((s) => s.selectRun);
  if (finished.length === 0) return null;
  const task: TaskType = finished.find((run) => run.outcome)?.outcome?.task ?? 'regression';
  const columns = task === 'regression' ? REGRESSION_COLUMNS : CLASSIFICATION_COLUMNS;
  const sets = finished.flatMap((run) =>
    run.outcome ? [headlineMetrics(run.outcome.metrics).set] : [],
  );
  const baselineRun = finished.find((run) => run.outcome);
  const baseline = baselineRun?.outcome ? headlineMetrics(baselineRun.outcome.baseline) : null;
  const attributesOf = (run: ModelRun): Record<string, string> => {
    if (!run.outcome) return {};
    const { split, set } = headlineMetrics(run.outcome.metrics);
    const attributes: Record<string, string> = {
      'data-metrics-split': split,
      'data-train-ms': String(run.outcome.trainMs),
    };
    for (const column of columns) {
      const value = column.read(set);
      if (value !== null) attributes[column.attribute] = String(value);
    }
    if (run.outcome.backend !== null) attributes['data-backend'] = run.outcome.backend;
    // A kernel SVM names what computed its kernel rows: proof that our SIMD kernel ran.
    const rowKernel = rowKernelOf(run.outcome.model);
    if (rowKernel !== null) attributes['data-svm-engine'] = rowKernel;
    return attributes;
  };
  return (
    <section className="leaderboard" aria-labelledby="leaderboard-title">
      <h3 id="leaderboard-title">{t('modeling.leaderboard')}</h3>
      {baseline && (
        <p className="setup-note">
          {t('modeling.metricsOn', { split: t(`modeling.split.${baseline.split}`) })} ·{' '}
          {t('modeling.leaderboardHint')}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('modeling.col.model')}</th>
            <th scope="col">{t('modeling.col.status')}</th>
            {columns.map((column) => (
              <th key={column.attribute} scope="col">
                {column.name}
              </th>
            ))}
            <th scope="col">{t('modeling.col.time')}</th>
          </tr>
        </thead>
        <tbody>
          {finished.map((run) => {
            const set = run.outcome ? headlineMetrics(run.outcome.metrics).set : null;
            return (
              <tr
                key={run.id}
                data-testid="model-result"
                data-model={run.kind}
                data-status={run.status}
                {...attributesOf(run)}
                className={run.id === selectedRunId ? 'selected' : ''}
                onClick={() => run.outcome && selectRun(run.id)}
              >
                <th scope="row">
                  {/* The row is clickable; this button is the same choice for keyboards. */}
                  <button
                    type="button"
                    className="run-select"
                    data-testid="run-select"
                    data-model={run.kind}
                    aria-pressed={run.id === selectedRunId}
                    disabled={!run.outcome}
                    onClick={() => selectRun(run.id)}
                  >
                    {t(`modeling.model.${run.kind}`)}
                  </button>
                  {run.outcome?.backend && (
                    <span className="setup-note">
                      {' '}
                      · {t('modeling.backendRan', { backend: run.outcome.backend })}
                    </span>
                  )}
                </th>
                <td>
                  {t(`modeling.status.${run.status}`)}
                  {run.failure && (
                    <span
                      className="run-failure"
                      data-testid="run-failure"
                      data-code={run.failure.code}
                    >
                      {' '}
                      — {failureText(t, run.failure)}
                    </span>
                  )}
                  <RetryBackendButton run={run} />
                </td>
                {columns.map((column) => {
                  const value = set ? column.read(set) : null;
                  const best = value !== null && value === bestOf(column, sets) && sets.length > 1;
                  return (
                    <td key={column.attribute} className={best ? 'best' : ''}>
                      {formatMetric(value)}
                    </td>
                  );
                })}
                <td>{run.outcome ? `${(run.outcome.trainMs / 1000).toFixed(2)} s` : ''}</td>
              </tr>
            );
          })}
          {baseline && (
            <tr className="baseline-row">
              <th scope="row">
                {t('modeling.baselineRow', {
                  what: t(
                    task === 'regression' ? 'modeling.baseline.mean' : 'modeling.baseline.majority',
                  ),
                })}
              </th>
              <td />
              {columns.map((column) => (
                <td key={column.attribute}>{formatMetric(column.read(baseline.set))}</td>
              ))}
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
