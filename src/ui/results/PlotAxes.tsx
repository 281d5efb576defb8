import type { PlacedTick, PlotArea } from './plotFrame';

/** Length (px) of a tick mark, and the gap between it and its label (Recharts' defaults). */
const TICK_SIZE = 6;
const TICK_GAP = 2;
const AXIS_COLOUR = '#666';
const TITLE_COLOUR = '#808080';
/** How far below the plot the x axis title's baseline sits, and the y titles from the edges (px). */
const X_TITLE_BELOW = 44;
const Y_TITLE_INSET = 5;

/** One axis: its placed ticks, how a tick value reads, and the axis title. */
export interface AxisMarks {
  readonly ticks: readonly PlacedTick[];
  readonly format: (value: number) => string;
  readonly title: string;
}

/** A second y axis right of the plot (the gains chart's lift), `width` px wide. */
export interface RightAxisMarks extends AxisMarks {
  readonly width: number;
}

interface PlotAxesProps {
  readonly area: PlotArea;
  /** Where the left axis' room starts (px from the chart's left edge): its title sits there. */
  readonly left: number;
  readonly x: AxisMarks;
  readonly y: AxisMarks;
  readonly right?: RightAxisMarks | undefined;
}

/** A rotated axis title centred on `(x, y)`: -90 reads upwards (left axis), 90 downwards. */
function SideTitle(props: { x: number; y: number; angle: number; text: string }) {
  const { x, y, angle, text } = props;
  return (
    <text x={x} y={y} dy="0.355em" textAnchor="middle" transform={`rotate(${angle}, ${x}, ${y})`}>
      {text}
    </text>
  );
}

/**
 * A plot's axes as plain SVG in Recharts' geometry: lines, tick marks, tick labels and titles
 * (and Recharts' class names, which the tests and the SVG download read). Drawn by our plain plot
 * (`CartesianPlot`) and, as a layer (`AxesLayer`), in the ROC and gains charts.
 */
export function PlotAxes({ area, left, x, y, right }: PlotAxesProps) {
  const bottom = area.y + area.height;
  const end = area.x + area.width;
  const marks = [
    `M${area.x},${bottom}H${end}M${area.x},${area.y}V${bottom}`,
    ...x.ticks.map((tick) => `M${tick.at},${bottom}v${TICK_SIZE}`),
    ...y.ticks.map((tick) => `M${area.x},${tick.at}h${-TICK_SIZE}`),
    ...(right
      ? [
          `M${end},${area.y}V${bottom}`,
          ...right.ticks.map((tick) => `M${end},${tick.at}h${TICK_SIZE}`),
        ]
      : []),
  ].join('');
  const middleY = area.y + area.height / 2;
  return (
    <g className="chart-axes">
      <path d={marks} fill="none" stroke={AXIS_COLOUR} />
      <g className="recharts-text" fill={AXIS_COLOUR}>
        {x.ticks.map((tick) => (
          <text
            key={`x${tick.value}`}
            className="recharts-cartesian-axis-tick-value"
            x={tick.at}
            y={bottom + TICK_SIZE + TICK_GAP}
            dy="0.71em"
            textAnchor="middle"
          >
            {x.format(tick.value)}
          </text>
        ))}
        {y.ticks.map((tick) => (
          <text
            key={`y${tick.value}`}
            className="recharts-cartesian-axis-tick-value"
            x={area.x - TICK_SIZE - TICK_GAP}
            y={tick.at}
            dy="0.355em"
            textAnchor="end"
          >
            {y.format(tick.value)}
          </text>
        ))}
        {right?.ticks.map((tick) => (
          <text
            key={`r${tick.value}`}
            className="recharts-cartesian-axis-tick-value"
            x={end + TICK_SIZE + TICK_GAP}
            y={tick.at}
            dy="0.355em"
            textAnchor="start"
          >
            {right.format(tick.value)}
          </text>
        ))}
      </g>
      <g className="recharts-label" fill={TITLE_COLOUR}>
        <text x={area.x + area.width / 2} y={bottom + X_TITLE_BELOW} textAnchor="middle">
          {x.title}
        </text>
        <SideTitle x={left + Y_TITLE_INSET} y={middleY} angle={-90} text={y.title} />
        {right && (
          <SideTitle
            x={end + right.width - Y_TITLE_INSET}
            y={middleY}
            angle={90}
            text={right.title}
          />
        )}
      </g>
    </g>
  );
}
