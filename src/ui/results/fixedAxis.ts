import { PlainTick } from './PlainTick';

/** A numeric axis range with its ticks, computed by us (e.g. chartMath's `niceAxis`). */
export interface AxisRange {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/**
 * Props of a Recharts numeric axis drawn over a range we computed, so Recharts has nothing to
 * search or measure: no nice-tick search (decimal.js), `interval` 0 shows every tick without
 * measuring each label in the page to find which fit, and PlainTick draws them unmeasured. `allowDataOverflow` keeps exactly this
 * range, also in a chart with no Recharts series (points and lines are our own layers; a
 * scatter chart's axes still need their `dataKey` to get a scale).
 */
export function fixedAxis(range: AxisRange) {
  return {
    type: 'number' as const,
    domain: [range.domain[0], range.domain[1]] as [number, number],
    ticks: [...range.ticks],
    interval: 0,
    niceTicks: 'none' as const,
    allowDataOverflow: true,
    tick: PlainTick,
  };
}
