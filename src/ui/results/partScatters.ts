import { createElement, type ReactNode } from 'react';
import { Scatter } from 'recharts';
import type { Translate } from '../i18n/useT';
import { PART_COLOURS, PART_SHAPES } from './chartPalette';
import type { PartSeries } from './groupByPart';
import { PointLayer } from './PointLayer';
import { extentCorners, type ChartPoint } from './pointGeometry';

/** Draws no marker. */
const noMarker = () => createElement('g');

/**
 * The split parts of a scatter chart: per part, a Recharts Scatter of only its two extent corners
 * (for the axes' auto range and the legend's colour and marker shape, drawing nothing), then one
 * PointLayer that draws every point as one path per part. A Recharts symbol per point cost about
 * 1 ms each (an 800-point chart blocked the page for ~0.9 s). A function (not a component) so the
 * chart sees the Scatter elements as its direct children.
 */
export function partScatters<T extends ChartPoint>(
  series: readonly PartSeries<T>[],
  t: Translate,
  tooltip: (point: T) => ReactNode,
) {
  return [
    ...series.map((entry) =>
      createElement(Scatter, {
        key: entry.part,
        name: t(`results.part.${entry.part}`),
        data: extentCorners(entry.points),
        fill: PART_COLOURS[entry.part],
        shape: noMarker,
        // The legend shows each part's marker shape, not only its colour.
        legendType: PART_SHAPES[entry.part],
        tooltipType: 'none',
        isAnimationActive: false,
      }),
    ),
    createElement(PointLayer<T>, { key: 'points', series, tooltip }),
  ];
}
