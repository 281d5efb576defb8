import { useMemo } from 'react';
import { CartesianGrid, Legend, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/useT';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartFigure } from '../ChartFigure';
import { partSeriesTable } from '../chartTables';
import { CHART_MARGIN, REFERENCE_COLOUR } from '../chartPalette';
import { countPoints, groupByPart } from '../groupByPart';
import { partScatters } from '../partScatters';
import { useFormatters } from '../useFormatters';
import { extentOf, niceAxis } from './chartMath';
import type { DiagnosticChartProps } from './diagnosticProps';
import { residualTooltip } from './residualTooltipElement';

/** Actual against predicted values (`chart-actual-predicted`); a perfect model sits on y = x. */
export function ActualPredictedChart({
  diagnostics,
  visible,
  byRow,
  cellColumns,
}: DiagnosticChartProps) {
  const t = useT();
  const { stat } = useFormatters();
  const { points } = diagnostics;
  const series = useMemo(
    () =>
      groupByPart(
        points.map((p) => ({ x: p.actual, y: p.predicted, row: p.row, part: p.part })),
        visible,
      ),
    [points, visible],
  );
  // Both axes share one range (over all parts, so toggling keeps the scale) to keep y = x diagonal.
  const axis = useMemo(
    () => niceAxis(...extentOf(points.flatMap((p) => [p.actual, p.predicted]))),
    [points],
  );
  const [lo, hi] = axis.domain;
  const shown = countPoints(series);
  const format = (value: number) => stat.format(value);
  const table = partSeriesTable(series, {
    headers: [
      t('a11y.chart.series'),
      t('a11y.chart.points'),
      t('results.tooltip.actual'),
      t('results.tooltip.predicted'),
    ],
    seriesName: (part) => t(`results.part.${part}`),
    formatX: format,
    formatY: format,
  });
  return (
    <ChartFigure
      testId="chart-actual-predicted"
      caption={t('results.actualPredicted')}
      description={t('results.actualPredicted.desc', { shown, total: diagnostics.total })}
      points={shown}
      total={diagnostics.total}
      table={table}
    >
      <ScatterChart margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={axis.domain}
          ticks={axis.ticks}
          tickFormatter={format}
          label={xAxisLabel(t('results.tooltip.actual'))}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={axis.domain}
          ticks={axis.ticks}
          tickFormatter={format}
          width={64}
          label={yAxisLabel(t('results.tooltip.predicted'))}
        />
        <ReferenceLine
          segment={[
            { x: lo, y: lo },
            { x: hi, y: hi },
          ]}
          stroke={REFERENCE_COLOUR}
          strokeDasharray="5 4"
          ifOverflow="extendDomain"
        />
        <Legend verticalAlign="top" height={24} itemSorter={null} />
        {partScatters(series, t, residualTooltip({ byRow, cellColumns }))}
      </ScatterChart>
    </ChartFigure>
  );
}
