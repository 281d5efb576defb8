/**
 * The index of the position nearest `x` among ascending `positions` (pixels), or null when there
 * are none: a binary search, so hovering a long loss curve costs a few comparisons.
 */
export function nearestIndex(positions: readonly number[], x: number): number | null {
  if (positions.length === 0) return null;
  let low = 0;
  let high = positions.length - 1;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if ((positions[mid] ?? x) <= x) low = mid;
    else high = mid;
  }
  const below = positions[low] ?? x;
  const above = positions[high] ?? x;
  return Math.abs(x - below) <= Math.abs(above - x) ? low : high;
}
