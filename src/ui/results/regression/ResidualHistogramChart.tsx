import { useMemo } from 'react';
import { Bar, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { RegressionDiagnostics } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartFigure } from '../ChartFigure';
import { LEGEND_CHART_MARGIN, lineLegend, type LegendEntry } from '../chartLegendEntries';
import { compactBins } from '../chartTables';
import { BAR_COLOUR, MODEL_COLOUR } from '../chartPalette';
import { ChartTooltip } from '../ChartTooltip';
import { fixedAxis } from '../fixedAxis';
import { GridLayer } from '../GridLayer';
import { PlainTick } from '../PlainTick';
import { tooltipDatum } from '../tooltipDatum';
import { useFormatters } from '../useFormatters';
import { countAxis, histogramBars, type HistogramBar } from './chartMath';

/** Bin labels shown at most along the axis. */
const AXIS_LABELS = 6;
const labelStride = (bins: number) => Math.max(0, Math.ceil(bins / AXIS_LABELS) - 1);

const isBar = (value: unknown): value is HistogramBar =>
  typeof value === 'object' && value !== null && 'count' in value && 'from' in value;

/**
 * Residuals of every scored row in bins (`chart-residual-histogram`) with the normal curve of the
 * same mean and spread. Bins come over all rows, so the part toggle does not filter them.
 */
export function ResidualHistogramChart({
  diagnostics,
}: {
  readonly diagnostics: RegressionDiagnostics;
}) {
  const t = useT();
  const { stat } = useFormatters();
  const { histogram } = diagnostics;
  const bars = useMemo(() => histogramBars(histogram), [histogram]);
  // Counts and the normal curve share the axis; fixed, so Recharts searches no ticks.
  const countRange = useMemo(
    () => countAxis(Math.max(0, ...bars.map((bar) => Math.max(bar.count, bar.normal ?? 0)))),
    [bars],
  );
  const format = (value: number) => stat.format(value);
  const table = {
    columns: [t('results.tooltip.residual'), t('results.rowsAxis')],
    rows: compactBins(bars).map((bin) => [
      `${format(bin.from)} … ${format(bin.to)}`,
      String(bin.count),
    ]),
  };
  const legend: LegendEntry[] = [
    { key: 'count', name: t('results.rowsAxis'), colour: BAR_COLOUR, icon: { kind: 'bar' } },
    lineLegend('normal', t('results.normalCurve'), MODEL_COLOUR),
  ];
  return (
    <ChartFigure
      testId="chart-residual-histogram"
      caption={t('results.histogram')}
      description={t('results.histogram.desc', {
        bins: bars.length,
        total: diagnostics.total,
        mean: format(histogram.mean),
        std: format(histogram.std),
      })}
      points={bars.length}
      total={diagnostics.total}
      countsAreNotSampled
      attributes={{
        'data-mean': String(histogram.mean),
        'data-std': String(histogram.std),
      }}
      table={table}
      legend={legend}
    >
      <ComposedChart data={bars} margin={LEGEND_CHART_MARGIN} barCategoryGap={1}>
        <GridLayer yTicks={countRange.ticks} />
        <XAxis
          dataKey="mid"
          tickFormatter={format}
          tick={PlainTick}
          // Every so many bins, about six labels: 'preserveStartEnd' measures every label in the
          // page (a forced layout each) to find which fit.
          interval={labelStride(bars.length)}
          label={xAxisLabel(t('results.tooltip.residual'))}
        />
        <YAxis {...fixedAxis(countRange)} width={64} label={yAxisLabel(t('results.rowsAxis'))} />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const bar = tooltipDatum(active, payload, isBar);
            if (!bar) return null;
            return (
              <ChartTooltip
                row={null}
                title={`${format(bar.from)} … ${format(bar.to)}`}
                lines={[
                  { label: t('results.rowsAxis'), value: String(bar.count) },
                  ...(bar.normal === null
                    ? []
                    : [{ label: t('results.normalCurve'), value: format(bar.normal) }]),
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="count"
          name={t('results.rowsAxis')}
          fill={BAR_COLOUR}
          isAnimationActive={false}
        />
        <Line
          dataKey="normal"
          name={t('results.normalCurve')}
          type="monotone"
          stroke={MODEL_COLOUR}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
