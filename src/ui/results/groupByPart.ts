import type { SplitPart } from '../../core/results/resultTypes';
import { PART_NAMES, partName, type PartName } from './chartPalette';

export interface PartSeries<T> {
  readonly part: PartName;
  readonly points: readonly T[];
}

/** Splits points into one series per visible split part (train, validation, test order). */
export function groupByPart<T extends { readonly part: SplitPart }>(
  items: readonly T[],
  visible: ReadonlySet<PartName>,
): PartSeries<T>[] {
  const buckets = new Map<PartName, T[]>();
  for (const item of items) {
    const name = partName(item.part);
    if (!visible.has(name)) continue;
    let bucket = buckets.get(name);
    if (!bucket) buckets.set(name, (bucket = []));
    bucket.push(item);
  }
  return PART_NAMES.flatMap((part) => {
    const points = buckets.get(part);
    return points ? [{ part, points }] : [];
  });
}

/** Points drawn over all series. */
export function countPoints(series: readonly PartSeries<unknown>[]): number {
  return series.reduce((sum, entry) => sum + entry.points.length, 0);
}
