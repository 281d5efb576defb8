/** A seeded generator of floats in [0, 1) (mulberry32: 32-bit state, fast, fine for shuffling). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place, driven by `random`. */
export function shuffleInPlace(items: Int32Array, random: () => number): Int32Array {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as number;
    items[i] = items[j] as number;
    items[j] = held;
  }
  return items;
}

/** Row indices grouped by class (one group when `stratify` is absent), each group shuffled. */
export function shuffledGroups(
  n: number,
  seed: number,
  stratify: Float64Array | undefined,
): Int32Array[] {
  const random = seededRandom(seed);
  if (stratify === undefined) {
    return [
      shuffleInPlace(
        Int32Array.from({ length: n }, (_, row) => row),
        random,
      ),
    ];
  }
  const byClass = new Map<number, number[]>();
  for (let row = 0; row < n; row++) {
    const value = stratify[row] as number;
    const key = Number.isNaN(value) ? -Infinity : value;
    const members = byClass.get(key);
    if (members === undefined) byClass.set(key, [row]);
    else members.push(row);
  }
  // Sorted keys make the grouping independent of which class happens to appear first.
  const keys = [...byClass.keys()].sort((a, b) => a - b);
  return keys.map((key) => shuffleInPlace(Int32Array.from(byClass.get(key) ?? []), random));
}
