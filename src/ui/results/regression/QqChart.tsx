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

/** Normal Q-Q plot of standardised residuals (`chart-qq`): normal residuals follow y = x. */
export function QqChart({ diagnostics, visible, byRow, cellColumns }: DiagnosticChartProps) {
  const t = useT();
  const { stat } = useFormatters();
  const { qq } = diagnostics;
  const series = useMemo(
    () =>
      groupByPart(
        qq.map((p) => ({ x: p.theoretical, y: p.sample, row: p.row, part: p.part })),
        visible,
      ),
    [qq, visible],
  );
  const axis = useMemo(
    () => niceAxis(...extentOf(qq.flatMap((p) => [p.theoretical, p.sample]))),
    [qq],
  );
  const [lo, hi] = axis.domain;
  const shown = countPoints(series);
  const format = (value: number) => stat.format(value);
  const table = partSeriesTable(series, {
    headers: [
      t('a11y.chart.series'),
      t('a11y.chart.points'),
      t('results.qq.theoretical'),
      t('results.qq.sample'),
    ],
    seriesName: (part) => t(`results.part.${part}`),
    formatX: format,
    formatY: format,
  });
  return (
    <ChartFigure
      testId="chart-qq"
      caption={t('results.qq')}
      description={t('results.qq.desc', { shown, total: diagnostics.total })}
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
          label={xAxisLabel(t('results.qq.theoretical'))}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={axis.domain}
          ticks={axis.ticks}
          tickFormatter={format}
          width={64}
          label={yAxisLabel(t('results.qq.sample'))}
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
        {partScatters(
          series,
          t,
          residualTooltip({ byRow, cellColumns, yLabel: t('results.qq.sample') }),
        )}
      </ScatterChart>
    </ChartFigure>
  );
}
