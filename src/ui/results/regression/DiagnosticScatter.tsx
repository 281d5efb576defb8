import { useMemo, type ReactNode } from 'react';
import type { SplitPart, XY } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { CartesianPlot } from '../CartesianPlot';
import { ChartFigure } from '../ChartFigure';
import { partSeriesTable } from '../chartTables';
import { LEGEND_CHART_MARGIN, lineLegend, partLegend } from '../chartLegendEntries';
import { MODEL_COLOUR, REFERENCE_COLOUR, type PartName } from '../chartPalette';
import { countPoints, groupByPart, type PartSeries } from '../groupByPart';
import { LineLayer } from '../LineLayer';
import type { ChartPoint } from '../pointGeometry';
import { PointLayer } from '../PointLayer';
import { useFormatters } from '../useFormatters';
import { niceAxisOver, type NiceAxis } from './chartMath';

/** A point of a diagnostic scatter: chart coordinates, the table row behind it and its part. */
export interface DiagnosticPoint extends ChartPoint {
  readonly part: SplitPart;
}

export interface DiagnosticScatterProps {
  /** The figure's `data-testid` (ui-contract). */
  readonly testId: string;
  readonly caption: string;
  /** The visually hidden description, given how many points are drawn. */
  readonly describe: (shown: number) => string;
  /** Rows behind the chart. */
  readonly total: number;
  /** Every point of every part (memoised by the caller); hidden parts are left out here. */
  readonly points: readonly DiagnosticPoint[];
  readonly visible: ReadonlySet<PartName>;
  readonly labels: { readonly x: string; readonly y: string };
  /**
   * 'square': both axes share one round range over every point of every part (toggling a part
   * keeps the scale), so y = x is the diagonal. 'auto': each axis fits the points drawn.
   */
  readonly axes: 'square' | 'auto';
  /** The dashed reference under the points: the y = x diagonal or the y = 0 line. */
  readonly reference: 'diagonal' | 'zero';
  /** A smoothed trend drawn over the points (at least two points to show). */
  readonly trend?: readonly XY[];
  /** The hover card of a point. */
  readonly tooltip: (point: ChartPoint) => ReactNode;
}

/** The dashed reference under the points, as our own line. */
function referenceLine(reference: 'diagonal' | 'zero', x: NiceAxis, y: NiceAxis) {
  const [lo, hi] = x.domain;
  if (reference === 'zero' && (y.domain[0] > 0 || y.domain[1] < 0)) return null;
  const ends =
    reference === 'zero'
      ? [
          { x: lo, y: 0 },
          { x: hi, y: 0 },
        ]
      : [
          { x: lo, y: lo },
          { x: hi, y: hi },
        ];
  return <LineLayer data={ends} colour={REFERENCE_COLOUR} dashed under />;
}

/** Round range over every x and y: the shared axes of a square chart. */
function useSquareAxis(points: readonly DiagnosticPoint[]): NiceAxis {
  return useMemo(() => niceAxisOver(points.flatMap((p) => [p.x, p.y])), [points]);
}

/** Each axis fitted to the points drawn and the trend (what Recharts' 'auto' domain did). */
function fittedAxes(series: readonly PartSeries<DiagnosticPoint>[], trend: readonly XY[]) {
  const drawn = [...series.flatMap((entry) => entry.points), ...trend];
  return { x: niceAxisOver(drawn.map((p) => p.x)), y: niceAxisOver(drawn.map((p) => p.y)) };
}

/**
 * A regression diagnostic scatter (actual vs predicted, residuals, Q-Q): points grouped by split
 * part, a data table as text alternative, a reference line and an optional trend, in a figure.
 */
export function DiagnosticScatter(props: DiagnosticScatterProps) {
  const { points, visible, labels, axes, trend } = props;
  const t = useT();
  const { stat } = useFormatters();
  const series = useMemo(() => groupByPart(points, visible), [points, visible]);
  const square = useSquareAxis(points);
  const shown = countPoints(series);
  const format = (value: number) => stat.format(value);
  const table = partSeriesTable(series, {
    headers: [t('a11y.chart.series'), t('a11y.chart.points'), labels.x, labels.y],
    seriesName: (part) => t(`results.part.${part}`),
    formatX: format,
    formatY: format,
  });
  const trendLine = trend !== undefined && trend.length > 1 ? trend : null;
  const fitted = useMemo(
    () => (axes === 'square' ? { x: square, y: square } : fittedAxes(series, trendLine ?? [])),
    [axes, square, series, trendLine],
  );
  const legend = [
    ...partLegend(
      series.map((entry) => entry.part),
      t,
    ),
    ...(trendLine ? [lineLegend('trend', t('results.trend'), MODEL_COLOUR)] : []),
  ];
  return (
    <ChartFigure
      testId={props.testId}
      caption={props.caption}
      description={props.describe(shown)}
      points={shown}
      total={props.total}
      table={table}
      legend={legend}
    >
      <CartesianPlot
        margin={LEGEND_CHART_MARGIN}
        x={fitted.x}
        y={fitted.y}
        formatX={format}
        formatY={format}
        xTitle={labels.x}
        yTitle={labels.y}
      >
        {referenceLine(props.reference, fitted.x, fitted.y)}
        <PointLayer series={series} tooltip={props.tooltip} />
        {trendLine && <LineLayer data={trendLine} colour={MODEL_COLOUR} />}
      </CartesianPlot>
    </ChartFigure>
  );
}
