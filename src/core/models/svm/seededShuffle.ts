import { seededRandom } from '../../prep/split/seededRandom';

// The same generator as the splits, so one seed means one stream everywhere.
export { seededRandom };

/** Fisher-Yates shuffle of the first `count` entries of `items`, in place. */
export function shufflePrefix(items: Int32Array, count: number, random: () => number): void {
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i]!;
    items[i] = items[j]!;
    items[j] = held;
  }
}

/** A seed for the k-th sub-task (a class pair, a fold) derived from the run's seed. */
export function deriveSeed(seed: number, k: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(k + 1, 0xc2b2ae35)) >>> 0;
}
