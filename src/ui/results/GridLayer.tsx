import { DefaultZIndexes } from 'recharts';
import { ChartLayer } from './ChartLayer';
import { useChartScales } from './chartScales';

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
  const scales = useChartScales();
  if (!scales) return null;
  const { toX, toY, area } = scales;
  const bottom = area.y + area.height;
  const right = area.x + area.width;
  const vertical = xTicks.map(toX).filter(isFiniteNumber);
  const horizontal = yTicks.map(toY).filter(isFiniteNumber);
  const d = [
    ...vertical.map((x) => `M${x},${area.y}V${bottom}`),
    ...horizontal.map((y) => `M${area.x},${y}H${right}`),
  ].join('');
  return (
    <ChartLayer zIndex={DefaultZIndexes.grid}>
      <path
        className="recharts-cartesian-grid chart-grid"
        d={d}
        fill="none"
        stroke="#ccc"
        strokeDasharray="3 3"
      />
    </ChartLayer>
  );
}
