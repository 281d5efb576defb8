/**
 * Progress from a convergence measure (KKT gap, violation) that falls roughly geometrically from
 * its first value to `target`: the fraction of that fall, on a log scale, done so far.
 */
export function convergenceFraction(first: number, current: number, target: number): number {
  if (!(first > target) || current <= target) return 1;
  return Math.min(1, Math.max(0, Math.log(first / current) / Math.log(first / target)));
}
