import { DefaultZIndexes } from 'recharts';
import { ChartLayer } from './ChartLayer';
import { useChartScales } from './chartScales';
import { placeTicks, Y_AXIS_WIDTH } from './plotFrame';
import { PlotAxes } from './PlotAxes';

/** An axis drawn by the layer: its tick values, how one reads, and the title. */
export interface AxisSpec {
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
  readonly title: string;
}

interface AxesLayerProps {
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  /** A second y axis on the right, placed by the chart's y axis `yAxisId`, `width` px wide. */
  readonly right?: AxisSpec & { readonly yAxisId: string; readonly width: number };
}

/**
 * A Recharts chart's axes drawn as our layer (`PlotAxes`) from the chart's scales, in place of
 * Recharts' own: those render each axis twice or more as the chart's store settles (ticks,
 * labels measured word by word, a portal per z-index), all in an animation frame's task, the
 * heaviest work left in the ROC and gains charts' first draw. The chart's `XAxis`/`YAxis` stay,
 * `hide`, for the scales; the chart's margin makes the room they no longer take.
 */
export function AxesLayer({ x, y, right }: AxesLayerProps) {
  const scales = useChartScales();
  const rightScales = useChartScales(right?.yAxisId);
  if (!scales) return null;
  const rightAxis =
    right && rightScales
      ? { ...right, ticks: placeTicks(right.ticks, rightScales.toY) }
      : undefined;
  return (
    <ChartLayer zIndex={DefaultZIndexes.axis}>
      <PlotAxes
        area={scales.area}
        left={scales.area.x - Y_AXIS_WIDTH}
        x={{ ...x, ticks: placeTicks(x.ticks, scales.toX) }}
        y={{ ...y, ticks: placeTicks(y.ticks, scales.toY) }}
        right={rightAxis}
      />
    </ChartLayer>
  );
}
