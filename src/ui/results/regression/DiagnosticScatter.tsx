import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, Legend, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';
import type { SplitPart, XY } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { xAxisLabel, yAxisLabel } from '../axisLabels';
import { ChartFigure } from '../ChartFigure';
import { partSeriesTable } from '../chartTables';
import { CHART_MARGIN, MODEL_COLOUR, REFERENCE_COLOUR, type PartName } from '../chartPalette';
import { countPoints, groupByPart } from '../groupByPart';
import { lineSeries } from '../lineSeries';
import { partScatters } from '../partScatters';
import type { ChartPoint } from '../pointGeometry';
import { useFormatters } from '../useFormatters';
import { extentOf, niceAxis, type NiceAxis } from './chartMath';

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

function referenceLine(reference: 'diagonal' | 'zero', [lo, hi]: [number, number]) {
  if (reference === 'zero') {
    return <ReferenceLine y={0} stroke={REFERENCE_COLOUR} strokeDasharray="5 4" />;
  }
  const segment = [
    { x: lo, y: lo },
    { x: hi, y: hi },
  ] as const;
  return (
    <ReferenceLine
      segment={segment}
      stroke={REFERENCE_COLOUR}
      strokeDasharray="5 4"
      ifOverflow="extendDomain"
    />
  );
}

/** Round range over every x and y: the shared axes of a square chart. */
function useSquareAxis(points: readonly DiagnosticPoint[]): NiceAxis {
  return useMemo(() => niceAxis(...extentOf(points.flatMap((p) => [p.x, p.y]))), [points]);
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
  const range = axes === 'square' ? { domain: square.domain, ticks: square.ticks } : null;
  const domain = range?.domain ?? ['auto', 'auto'];
  return (
    <ChartFigure
      testId={props.testId}
      caption={props.caption}
      description={props.describe(shown)}
      points={shown}
      total={props.total}
      table={table}
    >
      <ScatterChart margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          {...(range ? { ticks: range.ticks } : {})}
          tickFormatter={format}
          label={xAxisLabel(labels.x)}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={domain}
          {...(range ? { ticks: range.ticks } : {})}
          tickFormatter={format}
          width={64}
          label={yAxisLabel(labels.y)}
        />
        {referenceLine(props.reference, square.domain)}
        <Legend verticalAlign="top" height={24} itemSorter={null} />
        {partScatters(series, t, props.tooltip)}
        {trend !== undefined &&
          trend.length > 1 &&
          lineSeries({ key: 'trend', name: t('results.trend'), data: trend, colour: MODEL_COLOUR })}
      </ScatterChart>
    </ChartFigure>
  );
}
