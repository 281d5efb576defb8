/** Mean and spread of one metric over cross-validation folds. */
export interface FoldSummary {
  /** Null when no fold had a value (e.g. AUC undefined in every fold). */
  readonly mean: number | null;
  /** Population standard deviation (ddof 0), as numpy's `scores.std()`; null without values. */
  readonly std: number | null;
  readonly folds: number;
  /** Folds where the metric was undefined (null) and left out of mean and std. */
  readonly undefinedFolds: number;
}

/** Summarises one metric's per-fold values. */
export function summariseFolds(scores: readonly (number | null)[]): FoldSummary {
  const defined = scores.filter((score): score is number => score !== null);
  const undefinedFolds = scores.length - defined.length;
  if (defined.length === 0) return { mean: null, std: null, folds: scores.length, undefinedFolds };
  const mean = defined.reduce((sum, score) => sum + score, 0) / defined.length;
  const variance = defined.reduce((sum, score) => sum + (score - mean) ** 2, 0) / defined.length;
  return { mean, std: Math.sqrt(variance), folds: scores.length, undefinedFolds };
}

/** Summarises every named metric over folds, e.g. `{r2, rmse}` per fold -> `{r2: summary, ...}`. */
export function summariseFoldMetrics<K extends string>(
  folds: readonly Readonly<Record<K, number | null>>[],
  keys: readonly K[],
): Record<K, FoldSummary> {
  const summary = {} as Record<K, FoldSummary>;
  for (const key of keys) summary[key] = summariseFolds(folds.map((fold) => fold[key]));
  return summary;
}
