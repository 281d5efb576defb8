import { useMemo } from 'react';
import { CartesianGrid, Legend, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/useT';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartFigure } from '../ChartFigure';
import { partSeriesTable } from '../chartTables';
import { CHART_MARGIN, MODEL_COLOUR, REFERENCE_COLOUR } from '../chartPalette';
import { countPoints, groupByPart } from '../groupByPart';
import { lineSeries } from '../lineSeries';
import { partScatters } from '../partScatters';
import { useFormatters } from '../useFormatters';
import type { DiagnosticChartProps } from './diagnosticProps';
import { residualTooltip } from './residualTooltipElement';

/** Residual against fitted value (`chart-residuals`) with its smoothed trend and the zero line. */
export function ResidualsChart({ diagnostics, visible, byRow, cellColumns }: DiagnosticChartProps) {
  const t = useT();
  const { stat } = useFormatters();
  const { points, trend } = diagnostics;
  const series = useMemo(
    () =>
      groupByPart(
        points.map((p) => ({ x: p.predicted, y: p.residual, row: p.row, part: p.part })),
        visible,
      ),
    [points, visible],
  );
  const shown = countPoints(series);
  const format = (value: number) => stat.format(value);
  const table = partSeriesTable(series, {
    headers: [
      t('a11y.chart.series'),
      t('a11y.chart.points'),
      t('results.tooltip.predicted'),
      t('results.tooltip.residual'),
    ],
    seriesName: (part) => t(`results.part.${part}`),
    formatX: format,
    formatY: format,
  });
  return (
    <ChartFigure
      testId="chart-residuals"
      caption={t('results.residuals')}
      description={t('results.residuals.desc', { shown, total: diagnostics.total })}
      points={shown}
      total={diagnostics.total}
      table={table}
    >
      <ScatterChart margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={['auto', 'auto']}
          tickFormatter={format}
          label={xAxisLabel(t('results.tooltip.predicted'))}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={['auto', 'auto']}
          tickFormatter={format}
          width={64}
          label={yAxisLabel(t('results.tooltip.residual'))}
        />
        <ReferenceLine y={0} stroke={REFERENCE_COLOUR} strokeDasharray="5 4" />
        <Legend verticalAlign="top" height={24} itemSorter={null} />
        {partScatters(series, t, residualTooltip({ byRow, cellColumns }))}
        {trend.length > 1 &&
          lineSeries({ key: 'trend', name: t('results.trend'), data: trend, colour: MODEL_COLOUR })}
      </ScatterChart>
    </ChartFigure>
  );
}
