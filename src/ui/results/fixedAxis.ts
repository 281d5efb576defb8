/** A numeric axis range with its ticks, computed by us (e.g. chartMath's `niceAxis`). */
export interface AxisRange {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/**
 * Props of a Recharts numeric axis over a range we computed, there for its scale (the ROC and gains
 * charts hide their Recharts axes and draw them with `AxesLayer`): no nice-tick search (decimal.js),
 * and `allowDataOverflow` keeps exactly this range, also in a chart with no Recharts series (the
 * lines are our own layers; the axes still need their `dataKey` to get a scale).
 */
export function fixedAxis(range: AxisRange) {
  return {
    type: 'number' as const,
    domain: [range.domain[0], range.domain[1]] as [number, number],
    ticks: [...range.ticks],
    niceTicks: 'none' as const,
    allowDataOverflow: true,
  };
}
