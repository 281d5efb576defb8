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

/**
 * The index of the point nearest (x, y) among points at `xs[i]`, `ys[i]` (pixels, any order), or
 * null when there are none or none is placed (NaN): curves that cross or run vertically need
 * both coordinates, where `nearestIndex` looks at x alone. The first of equally near points wins.
 */
export function nearestPoint(
  xs: readonly number[],
  ys: readonly number[],
  x: number,
  y: number,
): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let index = 0; index < xs.length; index += 1) {
    const distance = ((xs[index] ?? NaN) - x) ** 2 + ((ys[index] ?? NaN) - y) ** 2;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}
