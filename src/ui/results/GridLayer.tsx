import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

const isFiniteNumber = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

interface GridLayerProps {
  /** Values of the vertical grid lines (x ticks); none for a category x axis. */
  readonly xTicks?: readonly number[];
  /** Values of the horizontal grid lines (y ticks). */
  readonly yTicks: readonly number[];
}

/**
 * The dashed grid behind a chart at our computed ticks, as one SVG path. Recharts' CartesianGrid
 * asks its store for each axis' settings and works out (and measures) the tick labels again.
 */
export function GridLayer({ xTicks = [], yTicks }: GridLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  const vertical = xTicks.map((tick) => xScale(tick)).filter(isFiniteNumber);
  const horizontal = yTicks.map((tick) => yScale(tick)).filter(isFiniteNumber);
  const d = [
    ...vertical.map((x) => `M${x},${plot.y}V${bottom}`),
    ...horizontal.map((y) => `M${plot.x},${y}H${right}`),
  ].join('');
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.grid}>
      <path
        className="recharts-cartesian-grid chart-grid"
        d={d}
        fill="none"
        stroke="#ccc"
        strokeDasharray="3 3"
      />
    </ZIndexLayer>
  );
}
