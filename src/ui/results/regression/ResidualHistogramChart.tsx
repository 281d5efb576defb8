import { useMemo } from 'react';
import type { RegressionDiagnostics } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { CartesianPlot } from '../CartesianPlot';
import { ChartFigure } from '../ChartFigure';
import { LEGEND_CHART_MARGIN, lineLegend, type LegendEntry } from '../chartLegendEntries';
import { compactBins } from '../chartTables';
import { BAR_COLOUR, MODEL_COLOUR } from '../chartPalette';
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
  // Both axes over round ranges of ours; counts and the normal curve share y.
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
      <CartesianPlot
        margin={LEGEND_CHART_MARGIN}
        x={axes.x}
        y={axes.y}
        xGrid={false}
        formatX={format}
        formatY={String}
        xTitle={t('results.tooltip.residual')}
        yTitle={t('results.rowsAxis')}
      >
        <BarsLayer bars={bars} />
        <LineLayer data={histogram.normalCurve} colour={MODEL_COLOUR} />
        <XHoverLayer
          xs={axes.mids}
          anchorY={(index) => bars[index]?.count ?? 0}
          highlight={(index, place) => binHighlight(bars[index], place)}
          tooltip={(index) => binTooltip(bars[index], format, t)}
        />
      </CartesianPlot>
    </ChartFigure>
  );
}
