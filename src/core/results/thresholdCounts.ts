import type { RankedScores } from './rankedScores';
import type { ThresholdCounts } from './resultTypes';

export const DEFAULT_THRESHOLDS = 101;
const MAX_THRESHOLDS = 201;

/**
 * Confusion counts of "class when score >= threshold" at `count` thresholds i / (count - 1)
 * from 0 to 1, ascending. One walk down the ranked scores, so O(n + count).
 */
export function thresholdCounts(
  { scores, isPositive, positives }: RankedScores,
  count: number = DEFAULT_THRESHOLDS,
): ThresholdCounts[] {
  const steps = Math.min(MAX_THRESHOLDS, Math.max(2, Math.floor(count)));
  const n = scores.length;
  const negatives = n - positives;
  const out = new Array<ThresholdCounts>(steps);
  let above = 0;
  let tp = 0;
  for (let step = steps - 1; step >= 0; step--) {
    const threshold = step / (steps - 1);
    while (above < n && (scores[above] as number) >= threshold) {
      tp += isPositive[above] as number;
      above++;
    }
    const fp = above - tp;
    out[step] = { threshold, tp, fp, tn: negatives - fp, fn: positives - tp };
  }
  return out;
}
