import { barsPath } from '../barPath';
import { BAR_COLOUR } from '../chartPalette';
import { useChartScales } from '../chartScales';
import type { HistogramBar } from './chartMath';

/**
 * Every bin's bar as one SVG path in the chart's scales: Recharts' Bar draws (and animates,
 * and registers for its tooltip) one rectangle element per bin.
 */
export function BarsLayer({ bars }: { readonly bars: readonly HistogramBar[] }) {
  const scales = useChartScales();
  if (!scales) return null;
  const d = barsPath(
    bars.map((bar) => ({ from: bar.from, to: bar.to, height: bar.count })),
    scales.toX,
    scales.toY,
  );
  return <path className="recharts-rectangle chart-bars" d={d} fill={BAR_COLOUR} />;
}
