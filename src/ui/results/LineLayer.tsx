import { DefaultZIndexes } from 'recharts';
import { ChartLayer } from './ChartLayer';
import { useChartScales } from './chartScales';
import { linePath } from './pointGeometry';

/** Dash pattern of a secondary line (a band's edges), here and in its legend entry. */
export const DASHED_LINE = '5 4';

interface LineLayerProps {
  readonly data: readonly { readonly x: number; readonly y: number }[];
  readonly colour: string;
  /** A thinner, dashed line (e.g. a band's edge) instead of a solid one. */
  readonly dashed?: boolean;
  /** Drawn under the points (a reference line) instead of over them (a fitted line). */
  readonly under?: boolean;
  /** An SVG dash pattern of its own (e.g. one per curve), in place of `dashed`'s. */
  readonly dash?: string;
  /** The y axis whose scale places the line, in a chart with two (default: the first). */
  readonly yAxisId?: string;
}

/**
 * A line through `data` in the chart's axis scales, drawn as one SVG path. Recharts' own
 * Scatter line renders a symbol element per point as well (about 1 ms each here). The axes must
 * cover the line: the chart's domains are computed over it (nothing here extends them).
 */
export function LineLayer(props: LineLayerProps) {
  const { data, colour, dashed = false, under = false, dash, yAxisId } = props;
  const scales = useChartScales(yAxisId);
  if (!scales || data.length < 2) return null;
  const d = linePath(data, scales.toX, scales.toY);
  return (
    // PointLayer draws its points at scatter - 1.
    <ChartLayer zIndex={under ? DefaultZIndexes.scatter - 2 : DefaultZIndexes.scatter}>
      <path
        className="recharts-curve chart-line"
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={dashed ? 1.5 : 2.5}
        strokeDasharray={dash ?? (dashed ? DASHED_LINE : 'none')}
        pointerEvents="none"
      />
    </ChartLayer>
  );
}
