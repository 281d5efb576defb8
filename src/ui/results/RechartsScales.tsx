import { useMemo, type ReactNode } from 'react';
import {
  useChartHeight,
  useChartWidth,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type ScaleFunction,
} from 'recharts';
import { RechartsScalesContext, type ChartScales, type ScalesByAxis } from './chartScales';
import type { PlotArea } from './plotFrame';
import type { ToPixel } from './pointGeometry';
import { useMountStep } from './useMountStep';

interface RechartsScalesProps {
  /** The chart's axes (XAxis, YAxis), mounted a task after the chart itself. */
  readonly axes: ReactNode;
  /** The id of a second y axis some layers are placed by (the gains chart's lift). */
  readonly secondYAxisId?: string;
  /** Our layers (GridLayer, LineLayer, XHoverLayer, ...). */
  readonly children: ReactNode;
}

const toPixel =
  (scale: ScaleFunction): ToPixel =>
  (value) =>
    scale(value);

function scalesOver(
  xScale: ScaleFunction | undefined,
  yScale: ScaleFunction | undefined,
  area: PlotArea | undefined,
  size: { width: number; height: number },
): ChartScales | null {
  if (!xScale || !yScale || !area) return null;
  return { toX: toPixel(xScale), toY: toPixel(yScale), area, ...size };
}

/**
 * Reads a Recharts chart's scales, plot area and size once and hands them to the layers inside:
 * each of Recharts' hooks is a subscription to the chart's store that every dispatch (an axis
 * registering its settings as the chart mounts) checks again, so a chart with six layers that each
 * asked for five of them had thirty subscriptions where it now has six. The axes mount a task
 * after the chart, and the layers a task after the axes (the page's mount queue).
 */
export function RechartsScales({ axes, secondYAxisId, children }: RechartsScalesProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const secondYScale = useYAxisScale(secondYAxisId);
  const area = usePlotArea();
  const width = useChartWidth() ?? 0;
  const height = useChartHeight() ?? 0;
  const byAxis = useMemo((): ScalesByAxis => {
    const size = { width, height };
    const first = scalesOver(xScale, yScale, area, size);
    const second = secondYAxisId ? scalesOver(xScale, secondYScale, area, size) : null;
    return (yAxisId) => (yAxisId !== undefined && yAxisId === secondYAxisId ? second : first);
  }, [xScale, yScale, secondYScale, secondYAxisId, area, width, height]);
  // A Recharts chart's first draw is its store being made, then each axis registering in it and
  // the re-renders every registration sets off, then the layers: three tasks, not one.
  const axesIn = useMountStep();
  const layersIn = useMountStep(true, axesIn);
  return (
    <RechartsScalesContext.Provider value={byAxis}>
      {axesIn && axes}
      {layersIn && children}
    </RechartsScalesContext.Provider>
  );
}
