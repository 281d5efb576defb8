import { useMemo, useState, type ReactNode } from 'react';
import type { ChartSurfaceProps } from './ChartFigure';
import { PlotFrameContext, PlotTopContext } from './chartScales';
import type { AxisRange } from './fixedAxis';
import { plotFrame, type PlotFrame, type PlotMargin } from './plotFrame';
import { PlotAxes } from './PlotAxes';
import { gridPath } from './plotScales';

interface CartesianPlotProps extends ChartSurfaceProps {
  readonly margin: PlotMargin;
  readonly x: AxisRange;
  readonly y: AxisRange;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** Vertical grid lines at the x ticks too (default), not only horizontal ones at the y ticks. */
  readonly xGrid?: boolean;
  /** The layers (PointLayer, LineLayer, ...), drawn over the grid and axes in this order. */
  readonly children: ReactNode;
}

/** The dashed grid at the ticks, as one path (under everything else). */
function frameGrid(frame: PlotFrame, xGrid: boolean): string {
  const { area, xTicks, yTicks } = frame;
  const box = {
    left: area.x,
    top: area.y,
    right: area.x + area.width,
    bottom: area.y + area.height,
  };
  const values = (ticks: typeof xTicks) => ticks.map((tick) => tick.value);
  return gridPath(box, xGrid ? values(xTicks) : [], values(yTicks), frame.toX, frame.toY);
}

/**
 * A two-axis chart as plain SVG over ranges we computed: our axes, and the layers given as
 * children placed by our linear scales (PlotFrameContext). In place of a Recharts chart, whose
 * store registered each axis and layer by dispatch and rendered the chart again for each (most
 * of a scatter plot's first draw). ChartFigure gives the width, height and title.
 */
export function CartesianPlot(props: CartesianPlotProps) {
  const { width = 0, height = 0, margin, x, y, children } = props;
  const frame = useMemo(
    () => plotFrame(width, height, margin, x, y),
    [width, height, margin, x, y],
  );
  // Set once the group is in the page: only the layers that draw on top render again then.
  const [top, setTop] = useState<SVGGElement | null>(null);
  return (
    <svg
      className="chart-surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={props.role ?? 'img'}
      aria-label={props.title}
      tabIndex={0}
    >
      <PlotFrameContext.Provider value={frame}>
        <path
          className="chart-grid"
          d={frameGrid(frame, props.xGrid ?? true)}
          fill="none"
          stroke="#ccc"
          strokeDasharray="3 3"
        />
        <PlotAxes
          area={frame.area}
          left={margin.left}
          x={{ ticks: frame.xTicks, format: props.formatX, title: props.xTitle }}
          y={{ ticks: frame.yTicks, format: props.formatY, title: props.yTitle }}
        />
        <PlotTopContext.Provider value={top}>{children}</PlotTopContext.Provider>
        <g ref={setTop} className="chart-top-layer" />
      </PlotFrameContext.Provider>
    </svg>
  );
}
