import { useState } from 'react';
import type { LinearModel } from '../../core/models/linear/linearTypes';
import type { NeuralModel } from '../../core/models/neural/neuralTypes';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { HeldUntilTrainingNote } from '../results/HeldUntilTrainingNote';
import { Staggered } from '../results/Staggered';
import { coefficientsHeld } from './detailsHold';
import { formatMetric } from './headlineMetrics';
import { LinearDetails } from './LinearDetails';
import { translateOr } from './translateOr';

/** Row counts, cross-validation, notices and (linear models) the coefficient table of the selected run. */
export function RunDetails() {
  const t = useT();
  const run = useAppStore((s) => s.runs.find((r) => r.id === s.selectedRunId));
  const training = useAppStore((s) => s.trainingController !== null);
  const [shownEarly, setShownEarly] = useState<number | null>(null);
  const outcome = run?.outcome;
  if (!run || !outcome) return null;
  const held = run.kind === 'linear' && coefficientsHeld(training, run.id, shownEarly);
  const cv = outcome.crossValidation;
  const neuralNotices = run.kind === 'neural' ? (outcome.model as NeuralModel).notices : [];
  const noticeText = (
    code: string,
    params: Readonly<Record<string, string | number>>,
    fallback: string,
  ) => translateOr(t, `modeling.notice.${code}`, params, fallback);
  return (
    <section className="run-details" data-testid="run-details" data-model={run.kind}>
      <h3>{t(`modeling.model.${run.kind}`)}</h3>
      <p className="setup-note">{t('modeling.rows', outcome.rowCounts)}</p>
      {cv && (
        <ul data-testid="cv-summary" data-folds={String(cv.folds)}>
          {cv.metrics.map((metric) => (
            <li
              key={metric.name}
              data-metric={metric.name}
              data-mean={String(metric.mean)}
              data-std={String(metric.std)}
            >
              {t('modeling.cv', {
                k: cv.folds,
                metric: metric.name,
                mean: formatMetric(metric.mean),
                std: formatMetric(metric.std),
              })}
            </li>
          ))}
        </ul>
      )}
      {(outcome.notices.length > 0 || neuralNotices.length > 0) && (
        <div role="status" data-testid="run-notices">
          <ul className="model-warnings">
            {outcome.notices.map((notice, index) => (
              <li key={`n${index}`} data-code={notice.code}>
                {noticeText(
                  notice.code,
                  notice.params,
                  `${notice.code}: ${Object.values(notice.params).join(', ')}`,
                )}
              </li>
            ))}
            {neuralNotices.map((notice, index) => (
              <li key={`nn${index}`} data-code={notice.code}>
                {noticeText(notice.code, notice.params, notice.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {held && (
        <HeldUntilTrainingNote
          className="setup-note"
          testId="coefficients-held"
          buttonTestId="coefficients-show"
          text={t('modeling.coefficientsAfterTraining')}
          buttonText={t('modeling.showCoefficientsNow')}
          onShow={() => setShownEarly(run.id)}
        />
      )}
      {/* The coefficient table gets a task of its own, not the one that brings the outcome. */}
      <Staggered key={run.id}>
        <span key="first" />
        {run.kind === 'linear' && !held && (
          <LinearDetails key="linear" model={outcome.model as LinearModel} />
        )}
      </Staggered>
    </section>
  );
}
