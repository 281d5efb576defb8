import { createElement } from 'react';
import { Scatter } from 'recharts';
import { LineLayer } from './LineLayer';
import { extentCorners } from './pointGeometry';

const DASHED = '5 4';

/** Draws no marker: a line series shows only the line joining its points. */
const noMarker = () => createElement('g');

interface LineSeriesOptions {
  readonly key: string;
  readonly name: string;
  readonly data: readonly { readonly x: number; readonly y: number }[];
  readonly colour: string;
  readonly dashed?: boolean;
  /** False for the second line of a pair (e.g. a band's upper edge) so the legend lists it once. */
  readonly inLegend?: boolean;
}

/**
 * A line inside a ScatterChart (which keeps item tooltips for the points): a Recharts Scatter of
 * only the line's two extent corners (for the axes' auto range and the legend, drawing nothing,
 * left out of the tooltip) and a LineLayer that draws the line as one path. A function (not a
 * component) so the chart sees the Scatter as its direct child.
 */
export function lineSeries(options: LineSeriesOptions) {
  const { key, name, data, colour, dashed = false, inLegend = true } = options;
  const dash = dashed ? DASHED : 'none';
  return [
    createElement(Scatter, {
      key,
      name,
      data: extentCorners(data),
      // Read by the plainline legend icon, so the legend shows the dash pattern too.
      stroke: colour,
      strokeDasharray: dash,
      shape: noMarker,
      fill: colour,
      legendType: inLegend ? 'plainline' : 'none',
      tooltipType: 'none',
      isAnimationActive: false,
    }),
    createElement(LineLayer, {
      key: `${key}-line`,
      data,
      colour,
      width: dashed ? 1.5 : 2.5,
      dash,
    }),
  ];
}
