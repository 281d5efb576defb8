import { useMemo, useState, type ReactNode } from 'react';
import type { ChartSurfaceProps } from './ChartFigure';
import { PlotFrameContext, PlotTopContext } from './chartScales';
import type { AxisRange } from './fixedAxis';
import { plotFrame, type PlotFrame, type PlotMargin } from './plotFrame';
import { gridPath } from './plotScales';

/** Length (px) of a tick mark, and the gap between it and its label (Recharts' defaults). */
const TICK_SIZE = 6;
const TICK_GAP = 2;
const AXIS_COLOUR = '#666';
const TITLE_COLOUR = '#808080';
/** How far below the plot the x axis title's baseline sits, and the y title from the left (px). */
const X_TITLE_BELOW = 44;
const Y_TITLE_INSET = 5;

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

/** Both axes of a frame: lines, tick marks, tick labels and titles, as plain SVG text. */
function PlotAxes(
  props: { readonly frame: PlotFrame; readonly left: number } & Pick<
    CartesianPlotProps,
    'formatX' | 'formatY' | 'xTitle' | 'yTitle'
  >,
) {
  const { frame, formatX, formatY } = props;
  const { area } = frame;
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  const marks = [
    `M${area.x},${bottom}H${right}M${area.x},${area.y}V${bottom}`,
    ...frame.xTicks.map((tick) => `M${tick.at},${bottom}v${TICK_SIZE}`),
    ...frame.yTicks.map((tick) => `M${area.x},${tick.at}h${-TICK_SIZE}`),
  ].join('');
  const middleY = area.y + area.height / 2;
  const titleX = props.left + Y_TITLE_INSET;
  return (
    <g className="chart-axes">
      <path d={marks} fill="none" stroke={AXIS_COLOUR} />
      <g className="recharts-text" fill={AXIS_COLOUR}>
        {frame.xTicks.map((tick) => (
          <text
            key={`x${tick.value}`}
            className="recharts-cartesian-axis-tick-value"
            x={tick.at}
            y={bottom + TICK_SIZE + TICK_GAP}
            dy="0.71em"
            textAnchor="middle"
          >
            {formatX(tick.value)}
          </text>
        ))}
        {frame.yTicks.map((tick) => (
          <text
            key={`y${tick.value}`}
            className="recharts-cartesian-axis-tick-value"
            x={area.x - TICK_SIZE - TICK_GAP}
            y={tick.at}
            dy="0.355em"
            textAnchor="end"
          >
            {formatY(tick.value)}
          </text>
        ))}
      </g>
      <g className="recharts-label" fill={TITLE_COLOUR}>
        <text x={area.x + area.width / 2} y={bottom + X_TITLE_BELOW} textAnchor="middle">
          {props.xTitle}
        </text>
        <text
          x={titleX}
          y={middleY}
          dy="0.355em"
          textAnchor="middle"
          transform={`rotate(-90, ${titleX}, ${middleY})`}
        >
          {props.yTitle}
        </text>
      </g>
    </g>
  );
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
          frame={frame}
          left={margin.left}
          formatX={props.formatX}
          formatY={props.formatY}
          xTitle={props.xTitle}
          yTitle={props.yTitle}
        />
        <PlotTopContext.Provider value={top}>{children}</PlotTopContext.Provider>
        <g ref={setTop} className="chart-top-layer" />
      </PlotFrameContext.Provider>
    </svg>
  );
}
