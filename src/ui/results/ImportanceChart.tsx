import type { FeatureImportance } from '../../core/results/resultTypes';
import { useT } from '../i18n/useT';
import { ChartFigure } from './ChartFigure';
import { MAX_TABLE_ROWS } from './chartTables';
import { barChartHeight, partName } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import type { IntervalRow } from './intervalGeometry';
import { IntervalPlot } from './IntervalPlot';
import { useRunResultsState } from './runSelectors';
import { useFormatters } from './useFormatters';
import './results.css';

/** Bars drawn at most; the rest are the least important and are left out. */
const MAX_FEATURES = 20;

/** A feature's bar: its mean importance, whiskers one standard deviation either side. */
interface ImportanceRow extends IntervalRow {
  readonly std: number;
}

const importanceRow = (feature: FeatureImportance): ImportanceRow => ({
  label: feature.column,
  value: feature.mean,
  lower: feature.mean - feature.std,
  upper: feature.mean + feature.std,
  std: feature.std,
});

/** Permutation importance of each source column (`chart-importance`), mean ± std over repeats. */
export function ImportanceChart({ runId }: { readonly runId: number }) {
  const t = useT();
  const { stat } = useFormatters();
  const importance = useRunResultsState(runId)?.results?.importance ?? null;
  if (!importance) return null;
  const features = [...importance.features].sort((a, b) => b.mean - a.mean).slice(0, MAX_FEATURES);
  const metric = importance.metric === 'r2' ? 'R²' : t('results.importance.accuracy');
  const part = t(`results.part.${partName(importance.part)}`);
  const top = features[0];
  const table = {
    columns: [t('a11y.chart.feature'), t('results.importance.mean'), t('results.importance.std')],
    rows: features
      .slice(0, MAX_TABLE_ROWS)
      .map((f) => [f.column, stat.format(f.mean), stat.format(f.std)]),
  };
  return (
    <ChartFigure
      testId="chart-importance"
      selfSized
      caption={t('results.importance')}
      description={t('results.importance.desc', {
        count: features.length,
        top: top?.column ?? '—',
        metric,
      })}
      points={features.length}
      total={importance.features.length}
      countsAreNotSampled
      attributes={{ 'data-metric': importance.metric, 'data-rows': String(importance.rows) }}
      height={barChartHeight(features.length)}
      table={table}
      controls={
        <p className="chart-note">
          {t('results.importance.note', {
            metric,
            rows: importance.rows,
            part,
            repeats: importance.repeats,
          })}
        </p>
      }
    >
      <IntervalPlot
        rows={features.map(importanceRow)}
        mark="bar"
        height={barChartHeight(features.length)}
        labelWidth={140}
        axisTitle={t('results.importance.axis', { metric })}
        title={t('results.importance')}
        formatTick={(v) => stat.format(v)}
        tooltip={(feature) => (
          <ChartTooltip
            row={null}
            title={feature.label}
            lines={[
              { label: t('results.importance.mean'), value: stat.format(feature.value) },
              { label: t('results.importance.std'), value: stat.format(feature.std) },
            ]}
          />
        )}
      />
    </ChartFigure>
  );
}
