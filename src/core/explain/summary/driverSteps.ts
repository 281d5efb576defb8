import type { Driver, ImportanceResult } from '../../results/resultTypes';
import type { FeatureSource } from './featureSources';
import { niceStep } from './niceStep';

/**
 * Typical size of a feature in raw units: the caller's spread of the column (date parts by
 * their feature name), else the pipeline's standardisation std, else null. Booleans and
 * one-hot levels are 1 (switching on).
 */
export function typicalSizeOf(
  source: FeatureSource,
  featureScale: ReadonlyMap<string, number>,
): number | null {
  if (source.kind === 'boolean' || source.kind === 'level') return 1;
  const size = featureScale.get(source.column) ?? source.scalingStd;
  return size !== null && size > 0 && Number.isFinite(size) ? size : null;
}

/** The driver step of a feature: 1 for switches, else a round number near its typical size. */
export function stepOf(source: FeatureSource, typicalSize: number | null): number {
  if (source.kind === 'boolean' || source.kind === 'level') return 1;
  return typicalSize === null ? 1 : niceStep(typicalSize);
}

/** Mean importance of each source column, for ranking. */
export function importanceByColumn(importance: ImportanceResult | null): Map<string, number> {
  return new Map((importance?.features ?? []).map((f) => [f.column, f.mean]));
}

/** A driver before ranking: `size` orders drivers when no importance is known. */
export interface DriverCandidate {
  readonly driver: Driver;
  readonly size: number;
}

/**
 * The strongest candidate per driver column (a one-hot column's most different level), ordered
 * by importance when known (columns without one after those with one), then by size.
 */
export function rankDrivers(candidates: readonly DriverCandidate[], maxDrivers: number): Driver[] {
  const strongest = new Map<string, DriverCandidate>();
  for (const candidate of candidates) {
    const held = strongest.get(candidate.driver.column);
    if (held === undefined || candidate.size > held.size) {
      strongest.set(candidate.driver.column, candidate);
    }
  }
  const importanceOf = (c: DriverCandidate) => c.driver.importance ?? Number.NEGATIVE_INFINITY;
  return [...strongest.values()]
    .sort((a, b) => descending(importanceOf(a), importanceOf(b)) || descending(a.size, b.size))
    .slice(0, Math.max(0, maxDrivers))
    .map((candidate) => candidate.driver);
}

/** Sort order for larger-first; NaN counts as smallest so sorting stays consistent. */
function descending(a: number, b: number): number {
  const x = Number.isNaN(a) ? Number.NEGATIVE_INFINITY : a;
  const y = Number.isNaN(b) ? Number.NEGATIVE_INFINITY : b;
  return x === y ? 0 : x > y ? -1 : 1;
}

/** 'up' when the prediction rises with the feature (or with the level against the reference). */
export function directionOf(effect: number): 'up' | 'down' {
  return effect < 0 ? 'down' : 'up';
}
