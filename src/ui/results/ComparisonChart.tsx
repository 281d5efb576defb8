import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/useT';
import type { MetricColumn } from '../modeling/headlineMetrics';
import { ChartFigure } from './ChartFigure';
import { BAR_COLOUR, BEST_COLOUR, CHART_MARGIN, REFERENCE_COLOUR } from './chartPalette';
import { ChartTooltip } from './ChartTooltip';
import type { ComparisonRow } from './comparisonRows';
import { tooltipDatum } from './tooltipDatum';
import { useFormatters } from './useFormatters';

interface ComparisonChartProps {
  readonly rows: readonly ComparisonRow[];
  readonly column: MetricColumn;
  readonly best: number | null;
  readonly baseline: number | null;
  /** The comparison table, which says in text what the bars draw. */
  readonly tableId: string;
}

interface ComparisonBar {
  readonly model: string;
  readonly value: number;
}

const isBar = (value: unknown): value is ComparisonBar =>
  typeof value === 'object' && value !== null && 'model' in value && 'value' in value;

/** The headline metric of every model as bars (`chart-comparison`), best in green, baseline dashed. */
export function ComparisonChart({ rows, column, best, baseline, tableId }: ComparisonChartProps) {
  const t = useT();
  const { stat } = useFormatters();
  const bars = rows.flatMap((row) => {
    const value = column.read(row.set);
    if (value === null || !Number.isFinite(value)) return [];
    const model = t(`modeling.model.${row.kind}`);
    // The best bar is named as best too, not only coloured.
    const label = value === best ? t('a11y.chart.best', { model }) : model;
    return [{ model: label, kind: row.kind, value }];
  });
  const format = (v: number) => stat.format(v);
  return (
    <ChartFigure
      testId="chart-comparison"
      caption={t('results.comparison.chart', { metric: column.name })}
      description={t('results.comparison.chartDesc', { metric: column.name, count: bars.length })}
      points={bars.length}
      total={rows.length}
      countsAreNotSampled
      attributes={{ 'data-metric': column.attribute.replace(/^data-/, '') }}
      height={220}
      describedBy={tableId}
    >
      <BarChart data={bars} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="model" interval={0} />
        <YAxis tickFormatter={format} width={64} />
        {baseline !== null && Number.isFinite(baseline) && (
          <ReferenceLine
            y={baseline}
            stroke={REFERENCE_COLOUR}
            strokeDasharray="5 4"
            label={{ value: t('results.comparison.baseline'), position: 'insideTopRight' }}
            ifOverflow="extendDomain"
          />
        )}
        <Tooltip
          isAnimationActive={false}
          cursor={{ fillOpacity: 0.1 }}
          content={({ active, payload }) => {
            const bar = tooltipDatum(active, payload, isBar);
            if (!bar) return null;
            return (
              <ChartTooltip
                row={null}
                title={bar.model}
                lines={[{ label: column.name, value: format(bar.value) }]}
              />
            );
          }}
        />
        <Bar dataKey="value" name={column.name} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.kind} fill={bar.value === best ? BEST_COLOUR : BAR_COLOUR} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
