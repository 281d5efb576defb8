/** A level seen in training with its row count. */
export interface LevelCount {
  readonly label: string;
  readonly count: number;
}

/** Levels that keep their own one-hot column, and those folded into "other". */
export interface CappedLevels {
  readonly kept: string[];
  readonly other: string[];
}

/**
 * Chooses the one-hot levels the way scikit-learn's OneHotEncoder does: levels rarer than
 * `minFrequency` (a count when >= 1, else a share of `rows`) become "other"; then, if more than
 * `maxLevels` columns would remain (the "other" column counted), only the most frequent
 * `maxLevels - 1` are kept. Among equal counts the label later in code-unit order is kept.
 */
export function capLevels(
  levels: readonly LevelCount[],
  rows: number,
  maxLevels: number,
  minFrequency: number | undefined,
): CappedLevels {
  const sorted = [...levels].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const threshold =
    minFrequency === undefined ? 0 : minFrequency >= 1 ? minFrequency : minFrequency * rows;
  const rare = new Set(sorted.filter((level) => level.count < threshold).map((l) => l.label));
  const columnsIfOther = sorted.length - rare.size + 1;
  if (maxLevels < columnsIfOther) {
    // Stable ascending sort by count: the first ones are the least frequent.
    const byCount = sorted
      .map((level, order) => ({ level, order }))
      .sort((a, b) => a.level.count - b.level.count || a.order - b.order);
    const foldCount = sorted.length - (maxLevels - 1);
    byCount.slice(0, foldCount).forEach(({ level }) => rare.add(level.label));
  }
  return {
    kept: sorted.filter((level) => !rare.has(level.label)).map((level) => level.label),
    other: sorted.filter((level) => rare.has(level.label)).map((level) => level.label),
  };
}
