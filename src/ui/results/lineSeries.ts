import { createElement } from 'react';
import { Scatter } from 'recharts';

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
 * A line inside a ScatterChart (which keeps item tooltips for the points): a Scatter without
 * markers, joined by a line, left out of the tooltip.
 */
export function lineSeries(options: LineSeriesOptions) {
  const { key, name, data, colour, dashed = false, inLegend = true } = options;
  const dash = dashed ? DASHED : 'none';
  return createElement(Scatter, {
    key,
    name,
    data: [...data],
    line: {
      stroke: colour,
      strokeWidth: dashed ? 1.5 : 2.5,
      strokeDasharray: dash,
    },
    // Read by the plainline legend icon, so the legend shows the dash pattern too.
    strokeDasharray: dash,
    shape: noMarker,
    fill: colour,
    legendType: inLegend ? 'plainline' : 'none',
    tooltipType: 'none',
    isAnimationActive: false,
  });
}
