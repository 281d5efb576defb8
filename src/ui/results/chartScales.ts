import { createContext, useContext, useMemo } from 'react';
import {
  useChartHeight,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type ScaleFunction,
} from 'recharts';
import type { PlotArea, PlotFrame } from './plotFrame';
import type { ToPixel } from './pointGeometry';

/** The frame of the plain-SVG plot around a layer (CartesianPlot); null inside a Recharts chart. */
export const PlotFrameContext = createContext<PlotFrame | null>(null);

/** The plain plot's last group, drawn over every layer: where its top layers (hover marks) go. */
export const PlotTopContext = createContext<SVGGElement | null>(null);

/** What a layer draws with: the scales, the plot area and the chart's size (px). */
export interface ChartScales {
  readonly toX: ToPixel;
  readonly toY: ToPixel;
  readonly area: PlotArea;
  readonly width: number;
  readonly height: number;
}

const toPixel =
  (scale: ScaleFunction): ToPixel =>
  (value) =>
    scale(value);

/**
 * The scales of the chart a layer sits in: our plain plot's frame, or else the Recharts chart's
 * (the ROC and gains charts). Null until the chart has them. Both are asked every render (hooks
 * run unconditionally); outside a Recharts chart its hooks answer undefined at once.
 */
export function useChartScales(yAxisId?: string): ChartScales | null {
  const frame = useContext(PlotFrameContext);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(yAxisId);
  const area = usePlotArea();
  const width = useChartWidth() ?? 0;
  const height = useChartHeight() ?? 0;
  return useMemo(() => {
    if (frame) return frame;
    if (!xScale || !yScale || !area) return null;
    return { toX: toPixel(xScale), toY: toPixel(yScale), area, width, height };
  }, [frame, xScale, yScale, area, width, height]);
}
