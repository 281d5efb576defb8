import { useMemo } from 'react';
import { ComposedChart, DefaultZIndexes, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { RegressionDiagnostics } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartFigure } from '../ChartFigure';
import { LEGEND_CHART_MARGIN, lineLegend, type LegendEntry } from '../chartLegendEntries';
import { compactBins } from '../chartTables';
import { BAR_COLOUR, MODEL_COLOUR } from '../chartPalette';
import { fixedAxis } from '../fixedAxis';
import { GridLayer } from '../GridLayer';
import { LineLayer } from '../LineLayer';
import { useFormatters } from '../useFormatters';
import { XHoverLayer } from '../XHoverLayer';
import { BarsLayer } from './BarsLayer';
import { binHighlight, binTooltip } from './histogramHover';
import { histogramBars } from './chartMath';
import { histogramAxes } from './histogramAxes';

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
  // Both axes fixed, so Recharts searches no ticks; counts and the normal curve share y.
  const axes = useMemo(() => histogramAxes(histogram), [histogram]);
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
      <ComposedChart data={bars} margin={LEGEND_CHART_MARGIN}>
        <GridLayer yTicks={axes.y.ticks} />
        <XAxis
          dataKey="mid"
          {...fixedAxis(axes.x)}
          tickFormatter={format}
          label={xAxisLabel(t('results.tooltip.residual'))}
        />
        <YAxis
          dataKey="count"
          {...fixedAxis(axes.y)}
          width={64}
          label={yAxisLabel(t('results.rowsAxis'))}
        />
        {/* Where Recharts draws its bars: under lines and the hover marks. */}
        <ZIndexLayer zIndex={DefaultZIndexes.bar}>
          <BarsLayer bars={bars} />
        </ZIndexLayer>
        <LineLayer data={histogram.normalCurve} colour={MODEL_COLOUR} />
        <XHoverLayer
          xs={axes.mids}
          anchorY={(index) => bars[index]?.count ?? 0}
          highlight={(index, place) => binHighlight(bars[index], place)}
          tooltip={(index) => binTooltip(bars[index], format, t)}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
