import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { linePath } from './pointGeometry';

interface LineLayerProps {
  readonly data: readonly { readonly x: number; readonly y: number }[];
  readonly colour: string;
  readonly width: number;
  readonly dash: string;
}

/**
 * A line through `data` in the chart's axis scales, drawn as one SVG path. Recharts' own
 * Scatter line renders a symbol element per point as well (about 1 ms each here).
 */
export function LineLayer({ data, colour, width, dash }: LineLayerProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const d = linePath(
    data,
    (value) => xScale(value),
    (value) => yScale(value),
  );
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <path
        className="recharts-curve chart-line"
        d={d}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
        pointerEvents="none"
      />
    </ZIndexLayer>
  );
}
