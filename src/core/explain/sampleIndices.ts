/**
 * `count` distinct indices of 0..n-1 in ascending order, drawn by a partial Fisher-Yates shuffle
 * driven by `random`; every index when `count >= n`. The first `keep` entries of `order` (when
 * given) are always taken, so callers can force extremes into the sample.
 */
export function sampleIndices(
  n: number,
  count: number,
  random: () => number,
  order: Int32Array = identity(n),
  keep = 0,
): Int32Array {
  if (count >= n) return identity(n);
  for (let i = keep; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    const held = order[i] as number;
    order[i] = order[j] as number;
    order[j] = held;
  }
  return order.slice(0, count).sort();
}

/** 0..n-1. */
export function identity(n: number): Int32Array {
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}
