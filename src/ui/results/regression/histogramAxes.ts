import type { ResidualHistogram } from '../../../core/results/resultTypes';
import type { AxisRange } from '../fixedAxis';
import { countAxis, extentOf, niceAxis } from './chartMath';

export interface HistogramAxes {
  /** Residuals: exactly the bins' span, with round ticks inside it. */
  readonly x: AxisRange;
  /** Rows per bin from 0, over the bars and the normal curve. */
  readonly y: AxisRange;
  /** Each bin's middle, left to right: where hovering picks a bin. */
  readonly mids: readonly number[];
}

/** The histogram's axes, computed here so Recharts neither searches ticks nor measures labels. */
export function histogramAxes({ bins, normalCurve }: ResidualHistogram): HistogramAxes {
  const [from, to] = extentOf(bins.flatMap((bin) => [bin.from, bin.to]));
  // Round ticks, but the range stays the bins' own: the bars fill the plot's width.
  const ticks = niceAxis(from, to).ticks.filter((tick) => tick >= from && tick <= to);
  const highest = Math.max(0, ...bins.map((bin) => bin.count), ...normalCurve.map((p) => p.y));
  return {
    x: { domain: [from, to], ticks },
    y: countAxis(highest),
    mids: bins.map((bin) => (bin.from + bin.to) / 2),
  };
}
