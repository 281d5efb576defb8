/*
 * Single-feature measures of how well one column alone predicts the target, each in [0, 1].
 * Inputs are paired and complete (rows with a missing cell already left out).
 */

/** Squared Pearson correlation; 0 when either series is constant. */
export function squaredCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  return sxx > 0 && syy > 0 ? Math.min(1, (sxy * sxy) / (sxx * syy)) : 0;
}

/**
 * Correlation ratio adjusted for the number of groups (ε²): 1 − (within SS / (n − k)) /
 * (total SS / (n − 1)), at least 0. Unlike plain η², a column with a level per row scores 0.
 */
export function adjustedEtaSquared(values: ArrayLike<number>, groups: ArrayLike<number>): number {
  const n = values.length;
  const sums = new Map<number, { count: number; sum: number }>();
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const group = sums.get(groups[i]!) ?? { count: 0, sum: 0 };
    group.count += 1;
    group.sum += values[i]!;
    sums.set(groups[i]!, group);
    total += values[i]!;
  }
  const mean = total / n;
  let totalSquares = 0;
  let withinSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const group = sums.get(groups[i]!)!;
    totalSquares += (values[i]! - mean) ** 2;
    withinSquares += (values[i]! - group.sum / group.count) ** 2;
  }
  const k = sums.size;
  if (!(totalSquares > 0) || n <= k) return 0;
  return Math.max(0, 1 - withinSquares / (n - k) / (totalSquares / (n - 1)));
}

/** Credit for guessing the most frequent class of `counts` (less `own` once); ties share it. */
function guessCredit(counts: Int32Array, own: number): number | null {
  let best = 0;
  let winners = 0;
  counts.forEach((raw, cls) => {
    const count = cls === own ? raw - 1 : raw;
    if (count > best) [best, winners] = [count, 1];
    else if (count === best && count > 0) winners += 1;
  });
  if (best === 0) return null;
  return counts[own]! - 1 === best ? 1 / winners : 0;
}

/**
 * Class purity of a categorical feature: leave-one-out accuracy of guessing each row's class as
 * the most frequent class among the other rows of its level (the overall one for a level seen
 * once), rescaled so the majority-class share scores 0 and a perfect lookup scores 1.
 */
export function normalisedPurity(
  levels: ArrayLike<number>,
  classes: ArrayLike<number>,
  classCount: number,
): number {
  const n = levels.length;
  const overall = new Int32Array(classCount);
  const byLevel = new Map<number, Int32Array>();
  for (let i = 0; i < n; i += 1) {
    const counts = byLevel.get(levels[i]!) ?? new Int32Array(classCount);
    counts[classes[i]!] = counts[classes[i]!]! + 1;
    byLevel.set(levels[i]!, counts);
    overall[classes[i]!] = overall[classes[i]!]! + 1;
  }
  let correct = 0;
  for (let i = 0; i < n; i += 1) {
    const own = classes[i]!;
    correct += guessCredit(byLevel.get(levels[i]!)!, own) ?? guessCredit(overall, own) ?? 0;
  }
  const base = Math.max(...overall) / n;
  if (base >= 1) return 0;
  return Math.min(1, Math.max(0, (correct / n - base) / (1 - base)));
}
