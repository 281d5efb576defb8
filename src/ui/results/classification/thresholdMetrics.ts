import type { ThresholdCounts } from '../../../core/results/resultTypes';

/** Rates at one threshold; 0 where a rate is undefined (scikit-learn's zero_division). */
export interface ThresholdRates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

/** Step used when the thresholds table is too short to say (two entries or fewer). */
const DEFAULT_STEP = 0.01;
const MIN_STEP = 0.001;
const MAX_STEP = 0.05;

/**
 * The entry whose threshold is closest to `threshold`, from entries in ascending threshold
 * order; on a tie the lower threshold wins. Null when there are no entries.
 */
export function nearestThresholdEntry(
  entries: readonly ThresholdCounts[],
  threshold: number,
): ThresholdCounts | null {
  if (entries.length === 0) return null;
  // Binary search for the first entry at or above the threshold.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((entries[middle]?.threshold ?? Infinity) < threshold) low = middle + 1;
    else high = middle;
  }
  const above = entries[low];
  const below = entries[low - 1];
  if (!above) return below ?? null;
  if (!below) return above;
  return threshold - below.threshold <= above.threshold - threshold ? below : above;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 0 : numerator / denominator;

/** Precision, recall, F1 and accuracy of the class of interest against the rest. */
export function thresholdRates(counts: ThresholdCounts): ThresholdRates {
  const { tp, fp, tn, fn } = counts;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { precision, recall, f1, accuracy: ratio(tp + tn, tp + fp + tn + fn) };
}

/**
 * Slider step for a thresholds table: the median gap between neighbouring thresholds, kept
 * between 0.001 and 0.05 so the slider neither stalls nor skips most entries.
 */
export function thresholdStep(entries: readonly ThresholdCounts[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < entries.length; index++) {
    const gap = (entries[index]?.threshold ?? 0) - (entries[index - 1]?.threshold ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length < 2) return DEFAULT_STEP;
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? DEFAULT_STEP;
  // Three significant digits keep the input's value readable (0.00503, not 0.005029999...).
  return Math.min(MAX_STEP, Math.max(MIN_STEP, Number(median.toPrecision(3))));
}
