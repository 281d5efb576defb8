import { useMemo } from 'react';
import type { SummaryFacts } from '../../core/results/resultTypes';
import type { TrainingOutcome } from '../../core/training/trainingTypes';
import { useT } from '../i18n/useT';
import { partName } from './chartPalette';
import { useRun, useRunResultsState } from './runSelectors';
import { summarySentences } from './summarySentences';
import { useFormatters } from './useFormatters';
import './results.css';

/** Rows the headline metric was measured on (null when the run does not say). */
function headlineRows(outcome: TrainingOutcome | null | undefined, facts: SummaryFacts) {
  return outcome?.metrics[partName(facts.part)]?.rows ?? null;
}

/** The run's summary in plain words (`model-summary`): accuracy, drivers, warnings (`summary-warning`). */
export function SummaryPanel({ runId }: { readonly runId: number }) {
  const t = useT();
  const { locale } = useFormatters();
  const facts = useRunResultsState(runId)?.results?.summary ?? null;
  const outcome = useRun(runId)?.outcome;
  const format = useMemo(() => {
    const numbers = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
    return (value: number) => numbers.format(value);
  }, [locale]);
  if (!facts) return null;
  const text = summarySentences(facts, t, format, headlineRows(outcome, facts));
  return (
    <section
      className="model-summary"
      data-testid="model-summary"
      data-metric={facts.metric}
      data-value={String(facts.value)}
      aria-labelledby="model-summary-title"
    >
      <h3 id="model-summary-title">{t('results.summary.title')}</h3>
      <p>{text.paragraph}</p>
      {text.drivers.length > 0 && (
        <>
          <h4>{t('results.summary.drivers')}</h4>
          <ul className="summary-drivers">
            {text.drivers.map((sentence, index) => (
              <li
                key={index}
                data-testid="summary-driver"
                data-column={facts.drivers[index]?.column}
              >
                {sentence}
              </li>
            ))}
          </ul>
        </>
      )}
      {text.warnings.length > 0 && (
        <>
          <h4>{t('results.summary.warnings')}</h4>
          <ul className="summary-warnings">
            {text.warnings.map((warning, index) => (
              <li key={index} data-testid="summary-warning" data-code={warning.code}>
                {warning.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
