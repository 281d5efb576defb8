import { useXAxisScale, useYAxisScale } from 'recharts';
import { barsPath } from '../barPath';
import { BAR_COLOUR } from '../chartPalette';
import type { HistogramBar } from './chartMath';

/**
 * Every bin's bar as one SVG path in the chart's scales: Recharts' Bar draws (and animates,
 * and registers for its tooltip) one rectangle element per bin.
 */
export function BarsLayer({ bars }: { readonly bars: readonly HistogramBar[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const d = barsPath(
    bars.map((bar) => ({ from: bar.from, to: bar.to, height: bar.count })),
    (value) => xScale(value),
    (value) => yScale(value),
  );
  return <path className="recharts-rectangle chart-bars" d={d} fill={BAR_COLOUR} />;
}
