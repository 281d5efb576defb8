import { useId, useState } from 'react';
import type { ClassificationDiagnostics } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import { nearestThresholdEntry, thresholdRates, thresholdStep } from './thresholdMetrics';

interface ThresholdExplorerProps {
  readonly diagnostics: ClassificationDiagnostics;
  /** Index into roc/gains/thresholds of the class of interest. */
  readonly position: number;
  readonly onPosition: (position: number) => void;
}

const DEFAULT_THRESHOLD = 0.5;

/**
 * A probability threshold slider (`threshold-slider`) for one class against the rest, with the
 * counts and rates it gives (`threshold-metrics`) read from the nearest precomputed entry.
 */
export function ThresholdExplorer({ diagnostics, position, onPosition }: ThresholdExplorerProps) {
  const t = useT();
  const sliderId = useId();
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const entries = diagnostics.thresholds[position] ?? [];
  const classIndex = diagnostics.roc[position]?.classIndex ?? position;
  const className = diagnostics.classes[classIndex] ?? String(classIndex);
  const entry = nearestThresholdEntry(entries, threshold);
  const rates = entry ? thresholdRates(entry) : null;
  const multiClass = diagnostics.roc.length > 1;
  return (
    <section className="threshold-explorer" aria-label={t('classification.threshold.title')}>
      <h4>{t('classification.threshold.title')}</h4>
      {multiClass && (
        <label className="threshold-class">
          {t('classification.threshold.class')}
          <select
            data-testid="threshold-class"
            value={position}
            onChange={(event) => onPosition(Number(event.target.value))}
          >
            {diagnostics.roc.map((curve, index) => (
              <option key={curve.classIndex} value={index}>
                {diagnostics.classes[curve.classIndex] ?? String(curve.classIndex)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={sliderId}>
        {t('classification.threshold.rule', {
          name: className,
          threshold: formatMetric(threshold),
        })}
      </label>
      <input
        id={sliderId}
        type="range"
        data-testid="threshold-slider"
        min={0}
        max={1}
        step={thresholdStep(entries)}
        value={threshold}
        onChange={(event) => setThreshold(Number(event.target.value))}
        aria-valuetext={formatMetric(threshold)}
      />
      {entry && rates ? (
        <div
          className="threshold-metrics"
          data-testid="threshold-metrics"
          data-class={className}
          data-threshold={String(entry.threshold)}
          data-precision={String(rates.precision)}
          data-recall={String(rates.recall)}
          data-f1={String(rates.f1)}
          data-tp={String(entry.tp)}
          data-fp={String(entry.fp)}
          data-tn={String(entry.tn)}
          data-fn={String(entry.fn)}
        >
          <dl className="threshold-rates">
            {(
              [
                ['classification.threshold.precision', rates.precision],
                ['classification.threshold.recall', rates.recall],
                ['classification.threshold.f1', rates.f1],
                ['classification.threshold.accuracy', rates.accuracy],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{formatMetric(value)}</dd>
              </div>
            ))}
          </dl>
          <ThresholdConfusion className={className} counts={entry} />
          <p className="setup-note">
            {t('classification.threshold.nearest', { threshold: formatMetric(entry.threshold) })}
          </p>
        </div>
      ) : (
        <p className="setup-note">{t('classification.threshold.none')}</p>
      )}
    </section>
  );
}

interface ThresholdConfusionProps {
  readonly className: string;
  readonly counts: {
    readonly tp: number;
    readonly fp: number;
    readonly tn: number;
    readonly fn: number;
  };
}

/** The 2x2 confusion of the class against the rest at the chosen threshold. */
function ThresholdConfusion({ className, counts }: ThresholdConfusionProps) {
  const t = useT();
  const rest = t('classification.threshold.rest');
  return (
    <table className="threshold-confusion">
      <caption>{t('classification.threshold.confusion')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('classification.confusion.actualPredicted')}</th>
          <th scope="col">{className}</th>
          <th scope="col">{rest}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{className}</th>
          <td title={t('classification.threshold.tp')}>{counts.tp}</td>
          <td title={t('classification.threshold.fn')}>{counts.fn}</td>
        </tr>
        <tr>
          <th scope="row">{rest}</th>
          <td title={t('classification.threshold.fp')}>{counts.fp}</td>
          <td title={t('classification.threshold.tn')}>{counts.tn}</td>
        </tr>
      </tbody>
    </table>
  );
}
