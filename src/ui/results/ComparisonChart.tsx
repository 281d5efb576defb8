import { useT } from '../i18n/useT';
import type { MetricColumn } from '../modeling/headlineMetrics';
import { ChartFigure } from './ChartFigure';
import { barChartHeight } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import type { ComparisonRow } from './comparisonRows';
import type { IntervalRow } from './intervalGeometry';
import { IntervalPlot } from './IntervalPlot';
import { useFormatters } from './useFormatters';

interface ComparisonChartProps {
  readonly rows: readonly ComparisonRow[];
  readonly column: MetricColumn;
  readonly best: number | null;
  readonly baseline: number | null;
  /** The comparison table, which says in text what the bars draw. */
  readonly tableId: string;
}

/** The headline metric of every model as bars (`chart-comparison`), best in green, baseline dashed. */
export function ComparisonChart({ rows, column, best, baseline, tableId }: ComparisonChartProps) {
  const t = useT();
  const { stat } = useFormatters();
  const bars = rows.flatMap((row): IntervalRow[] => {
    const value = column.read(row.set);
    if (value === null || !Number.isFinite(value)) return [];
    const model = t(`modeling.model.${row.kind}`);
    // The best bar is named as best too, not only coloured.
    const label = value === best ? t('a11y.chart.best', { model }) : model;
    return [{ label, value, lower: value, upper: value, highlight: value === best }];
  });
  const format = (v: number) => stat.format(v);
  const caption = t('results.comparison.chart', { metric: column.name });
  const hasBaseline = baseline !== null && Number.isFinite(baseline);
  return (
    <ChartFigure
      testId="chart-comparison"
      selfSized
      caption={caption}
      description={t('results.comparison.chartDesc', { metric: column.name, count: bars.length })}
      points={bars.length}
      total={rows.length}
      countsAreNotSampled
      attributes={{ 'data-metric': column.attribute.replace(/^data-/, '') }}
      describedBy={tableId}
    >
      <IntervalPlot
        rows={bars}
        mark="bar"
        height={barChartHeight(bars.length)}
        labelWidth={180}
        axisTitle={column.name}
        title={caption}
        formatTick={format}
        reference={
          hasBaseline ? { value: baseline, label: t('results.comparison.baseline') } : null
        }
        tooltip={(bar) => (
          <ChartTooltip
            row={null}
            title={bar.label}
            lines={[{ label: column.name, value: format(bar.value) }]}
          />
        )}
      />
    </ChartFigure>
  );
}
