import { createContext, useContext } from 'react';
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

/** A Recharts chart's scales by y axis id (undefined: the first y axis), or null until it has them. */
export type ScalesByAxis = (yAxisId: string | undefined) => ChartScales | null;

/**
 * The scales of the Recharts chart around the layers (`RechartsScales` reads them once for all
 * of its layers); null outside a Recharts chart.
 */
export const RechartsScalesContext = createContext<ScalesByAxis | null>(null);

/**
 * The scales of the chart a layer sits in: our plain plot's frame, or else the Recharts chart's
 * (the ROC and gains charts), as `RechartsScales` passes them down. Null until the chart has them.
 */
export function useChartScales(yAxisId?: string): ChartScales | null {
  const frame = useContext(PlotFrameContext);
  const recharts = useContext(RechartsScalesContext);
  if (frame) return frame;
  return recharts ? recharts(yAxisId) : null;
}
