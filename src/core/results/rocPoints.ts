import { identityOrder } from './argsort';
import type { RankedScores } from './rankedScores';
import type { RocPoint } from './resultTypes';

/**
 * Indices of the curve (point 0 is the origin) that scikit-learn's roc_curve keeps with
 * drop_intermediate=True: the first and last real points and every corner, i.e. where the
 * second difference of the false or true positive counts is not zero. Counts, not rates, so
 * collinearity is exact.
 */
export function cornerIndices(falsePositives: Int32Array, truePositives: Int32Array): Int32Array {
  const last = falsePositives.length - 1;
  // Like scikit-learn, only curves with more than two real points (besides the origin) are thinned.
  if (last <= 2) return identityOrder(last + 1);
  const kept = new Int32Array(last + 1);
  kept[1] = 1;
  let count = 2;
  const bends = (counts: Int32Array, i: number) =>
    (counts[i - 1] as number) - 2 * (counts[i] as number) + (counts[i + 1] as number) !== 0;
  for (let i = 2; i < last; i++) {
    if (bends(falsePositives, i) || bends(truePositives, i)) kept[count++] = i;
  }
  kept[count++] = last;
  return kept.slice(0, count);
}

/**
 * Positions (into `fpr`/`tpr`) of at most `maxPoints` points spread evenly along the curve's
 * length (|dFPR| + |dTPR|): the first and last always, then the first point at or past each
 * equal step of length. Every dropped point is within one step of length of a kept one.
 */
export function thinnedPositions(
  fpr: Float64Array,
  tpr: Float64Array,
  maxPoints: number,
): Int32Array {
  const n = fpr.length;
  const budget = Math.max(2, Math.floor(maxPoints));
  if (n <= budget) return identityOrder(n);
  const lengths = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const step = Math.abs(fpr[i]! - fpr[i - 1]!) + Math.abs(tpr[i]! - tpr[i - 1]!);
    lengths[i] = lengths[i - 1]! + step;
  }
  const total = lengths[n - 1] as number;
  const kept = new Int32Array(budget);
  let count = 1;
  let at = 1;
  for (let step = 1; step < budget - 1; step++) {
    const mark = (total * step) / (budget - 1);
    while (at < n - 1 && (lengths[at] as number) < mark) at++;
    if (at >= n - 1) break;
    kept[count++] = at++;
  }
  kept[count++] = n - 1;
  return kept.slice(0, count);
}

function ratesAt(indices: Int32Array, counts: Int32Array, total: number): Float64Array {
  const rates = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    rates[k] = (counts[indices[k] as number] as number) / total;
  }
  return rates;
}

/** One ROC point per distinct score, from the origin (threshold Infinity) down: drop_intermediate=False. */
export interface RocSteps {
  readonly falsePositives: Int32Array;
  readonly truePositives: Int32Array;
  readonly thresholds: Float64Array;
}

/** The full ROC staircase in one walk down the ranked scores. */
export function rocSteps({ scores, isPositive }: RankedScores): RocSteps {
  const n = scores.length;
  const falsePositives = new Int32Array(n + 1);
  const truePositives = new Int32Array(n + 1);
  const thresholds = new Float64Array(n + 1);
  thresholds[0] = Infinity;
  let points = 1;
  let tp = 0;
  for (let i = 0; i < n; i++) {
    tp += isPositive[i] as number;
    // A point at the last row of each run of equal scores.
    if (i + 1 < n && scores[i + 1] === scores[i]) continue;
    truePositives[points] = tp;
    falsePositives[points] = i + 1 - tp;
    thresholds[points] = scores[i] as number;
    points++;
  }
  return {
    falsePositives: falsePositives.subarray(0, points),
    truePositives: truePositives.subarray(0, points),
    thresholds: thresholds.subarray(0, points),
  };
}

/**
 * ROC of one class as scikit-learn's roc_curve with drop_intermediate=True (the first threshold
 * is Infinity, newer scikit-learn's convention), thinned to `maxPoints`. Both classes must be
 * present.
 */
export function rocPoints(ranked: RankedScores, maxPoints: number): RocPoint[] {
  const steps = rocSteps(ranked);
  const last = steps.thresholds.length - 1;
  const negatives = steps.falsePositives[last] as number;
  const positives = steps.truePositives[last] as number;
  const corners = cornerIndices(steps.falsePositives, steps.truePositives);
  const fpr = ratesAt(corners, steps.falsePositives, negatives);
  const tpr = ratesAt(corners, steps.truePositives, positives);
  return Array.from(thinnedPositions(fpr, tpr, maxPoints), (k) => ({
    fpr: fpr[k] as number,
    tpr: tpr[k] as number,
    threshold: steps.thresholds[corners[k] as number] as number,
  }));
}
