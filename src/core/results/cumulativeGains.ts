import type { RankedScores } from './rankedScores';
import type { GainsPoint } from './resultTypes';

const PERCENT_STEPS = 100;

/**
 * Cumulative gains and lift at shares 1%, 2%, ..., 100%, contacting rows by score, best first.
 * A share q contacts m = ceil(q * n) rows; gain = positives among them / all positives; lift =
 * gain / (m / n). Rows with equal scores are taken as a block whose positives count pro rata
 * (the average over every order of the tie), so the result does not depend on row order.
 * Empty when there are no positives.
 */
export function cumulativeGains({ scores, isPositive, positives }: RankedScores): GainsPoint[] {
  const n = scores.length;
  if (n === 0 || positives === 0) return [];
  const points: GainsPoint[] = [];
  // The tie block holding the last contacted row: [start, end), positives before it and in it.
  let start = 0;
  let end = 0;
  let before = 0;
  let inBlock = 0;
  for (let percent = 1; percent <= PERCENT_STEPS; percent++) {
    const contacted = Math.ceil((percent * n) / PERCENT_STEPS);
    while (end < contacted) {
      before += inBlock;
      start = end;
      inBlock = 0;
      const score = scores[start] as number;
      while (end < n && scores[end] === score) {
        inBlock += isPositive[end] as number;
        end++;
      }
    }
    const found = before + ((contacted - start) * inBlock) / (end - start);
    const gain = found / positives;
    points.push({ share: percent / PERCENT_STEPS, gain, lift: gain / (contacted / n) });
  }
  return points;
}
