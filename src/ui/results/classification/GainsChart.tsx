import { useMemo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import type { GainsPoint } from '../../../core/results/resultTypes';
import { useT, type Translate } from '../../i18n/useT';
import { formatMetric } from '../../modeling/headlineMetrics';
import { lineLegend } from '../chartLegendEntries';
import { MODEL_COLOUR, REFERENCE_COLOUR, seriesColour, seriesDash } from '../chartPalette';
import { AxesLayer } from '../AxesLayer';
import { fixedAxis } from '../fixedAxis';
import { GridLayer } from '../GridLayer';
import { LineLayer } from '../LineLayer';
import { marginForAxes } from '../plotFrame';
import { RechartsScales } from '../RechartsScales';
import { XHoverLayer } from '../XHoverLayer';
import {
  gainsCurves,
  gainsDatum,
  LIFT_AXIS,
  sharePercent,
  type GainsDatum,
} from './diagnosticCurves';
import { gainsHighlight, gainsTooltip } from './diagnosticHover';
import { DiagnosticFigure, DiagnosticPlot } from './DiagnosticFigure';

interface GainsChartProps {
  readonly gains: readonly GainsPoint[];
  readonly className: string;
  readonly partLabel: string;
}

/** Shares run from 0 to 1, in quarters. */
const UNIT_AXIS = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] } as const;
const GAIN_COLOUR = seriesColour(0);
const RANDOM_DASH = '4 4';
const LIFT_DASH = seriesDash(3);
const HOVER_COLOURS = { gain: GAIN_COLOUR, lift: MODEL_COLOUR } as const;
/** Room (px) for the lift axis right of the plot. */
const LIFT_AXIS_WIDTH = 56;
const MARGIN = marginForAxes(LIFT_AXIS_WIDTH);

/** The gains point closest to `share`, for the text alternative. */
const nearestShare = (data: readonly GainsDatum[], share: number) =>
  data.reduce<GainsDatum | null>(
    (best, point) =>
      best === null || Math.abs(point.share - share) < Math.abs(best.share - share) ? point : best,
    null,
  );

/** Gains at 10%, 20% and 50% of rows contacted, in words and as the chart's data table. */
function gainsSummary(gains: readonly GainsPoint[], className: string, t: Translate) {
  const data = gains.map(gainsDatum);
  const picked = [0.1, 0.2, 0.5].flatMap((share) => {
    const point = nearestShare(data, share);
    return point ? [point] : [];
  });
  const liftText = (point: GainsDatum) => (point.lift === null ? '—' : formatMetric(point.lift));
  const described = picked.map((point) =>
    t('classification.gains.describe', {
      share: sharePercent(point.share),
      gain: sharePercent(point.gain),
      lift: liftText(point),
      name: className,
    }),
  );
  const table = {
    columns: [
      t('classification.gains.share'),
      t('classification.gains.gain'),
      t('classification.gains.lift'),
    ],
    rows: picked.map((point) => [
      sharePercent(point.share),
      sharePercent(point.gain),
      liftText(point),
    ]),
  };
  return { described: described.join(' '), table };
}

/** Cumulative gains (share of the class found after the top-scored share of rows) and lift. */
export function GainsChart({ gains, className, partLabel }: GainsChartProps) {
  const t = useT();
  const curves = useMemo(() => gainsCurves(gains), [gains]);
  const shares = useMemo(() => curves.data.map((datum) => datum.share), [curves]);
  const { described, table } = gainsSummary(gains, className, t);
  const caption = t('classification.gains.caption', { name: className, part: partLabel });
  // In the order Recharts' legend sorted them (by data key): gain, lift, random.
  const legend = [
    lineLegend('gain', t('classification.gains.gain'), GAIN_COLOUR),
    lineLegend('lift', t('classification.gains.lift'), MODEL_COLOUR, LIFT_DASH),
    lineLegend('random', t('classification.gains.random'), REFERENCE_COLOUR, RANDOM_DASH),
  ];
  // The same axes element on every render (see RocChart): they give the scales only, over the
  // chart's own data, two corners for the axes' keys (the curves are our layers).
  const { axes, corners } = useMemo(
    () => ({
      corners: [
        { share: 0, gain: 0, lift: curves.liftAxis.domain[0] },
        { share: 1, gain: 1, lift: curves.liftAxis.domain[1] },
      ],
      axes: (
        <>
          <XAxis dataKey="share" hide {...fixedAxis(UNIT_AXIS)} />
          <YAxis dataKey="gain" hide {...fixedAxis(UNIT_AXIS)} />
          <YAxis yAxisId={LIFT_AXIS} dataKey="lift" hide {...fixedAxis(curves.liftAxis)} />
        </>
      ),
    }),
    [curves.liftAxis],
  );
  return (
    <DiagnosticFigure
      testId="chart-gains"
      points={gains.length}
      caption={caption}
      description={`${t('classification.gains.explain')} ${described}`}
      attributes={{ 'data-class': className }}
      table={table}
    >
      <DiagnosticPlot caption={caption} legend={legend}>
        <ComposedChart data={corners} margin={MARGIN}>
          <RechartsScales secondYAxisId={LIFT_AXIS} axes={axes}>
            <GridLayer xTicks={UNIT_AXIS.ticks} yTicks={UNIT_AXIS.ticks} />
            <AxesLayer
              x={{
                ticks: UNIT_AXIS.ticks,
                format: sharePercent,
                title: t('classification.gains.share'),
              }}
              y={{
                ticks: UNIT_AXIS.ticks,
                format: sharePercent,
                title: t('classification.gains.gain'),
              }}
              right={{
                yAxisId: LIFT_AXIS,
                width: LIFT_AXIS_WIDTH,
                ticks: curves.liftAxis.ticks,
                format: String,
                title: t('classification.gains.lift'),
              }}
            />
            <LineLayer
              data={[
                { x: 0, y: 1 },
                { x: 1, y: 1 },
              ]}
              yAxisId={LIFT_AXIS}
              colour={REFERENCE_COLOUR}
              dash="2 4"
              dashed
              under
            />
            <LineLayer data={curves.random} colour={REFERENCE_COLOUR} dash={RANDOM_DASH} dashed />
            <LineLayer
              data={curves.lift}
              yAxisId={LIFT_AXIS}
              colour={MODEL_COLOUR}
              dash={LIFT_DASH}
            />
            <LineLayer data={curves.gain} colour={GAIN_COLOUR} />
            <XHoverLayer
              xs={shares}
              anchorY={(index) => curves.data[index]?.gain ?? 0}
              highlight={(index, place) => gainsHighlight(curves.data[index], place, HOVER_COLOURS)}
              tooltip={(index) => gainsTooltip(curves.data[index], t)}
            />
          </RechartsScales>
        </ComposedChart>
      </DiagnosticPlot>
    </DiagnosticFigure>
  );
}
