import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Tooltip,
  XAxis,
  YAxis,
  ReferenceLine,
} from 'recharts';
import type { FeatureImportance } from '../../core/results/resultTypes';
import { useT } from '../i18n/useT';
import { xAxisLabel } from './axisLabels';
import { ChartFigure } from './ChartFigure';
import { MAX_TABLE_ROWS } from './chartTables';
import { BAR_COLOUR, barChartHeight, partName, REFERENCE_COLOUR } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import { useRunResultsState } from './runSelectors';
import { tooltipDatum } from './tooltipDatum';
import { useFormatters } from './useFormatters';
import './results.css';

/** Bars drawn at most; the rest are the least important and are left out. */
const MAX_FEATURES = 20;
const isImportance = (value: unknown): value is FeatureImportance =>
  typeof value === 'object' && value !== null && 'mean' in value && 'std' in value;

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
      <BarChart
        data={features}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => stat.format(v)}
          label={xAxisLabel(t('results.importance.axis', { metric }))}
        />
        <YAxis type="category" dataKey="column" width={140} interval={0} />
        <ReferenceLine x={0} stroke={REFERENCE_COLOUR} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const feature = tooltipDatum(active, payload, isImportance);
            if (!feature) return null;
            return (
              <ChartTooltip
                row={null}
                title={feature.column}
                lines={[
                  { label: t('results.importance.mean'), value: stat.format(feature.mean) },
                  { label: t('results.importance.std'), value: stat.format(feature.std) },
                ]}
              />
            );
          }}
        />
        <Bar dataKey="mean" fill={BAR_COLOUR} isAnimationActive={false}>
          <ErrorBar dataKey="std" width={4} stroke="#1f2937" direction="x" />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
