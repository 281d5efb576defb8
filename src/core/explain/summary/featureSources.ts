import type { Pipeline } from '../../prep/prepTypes';

/** Where one model feature comes from, and how to size a step of it. */
export interface FeatureSource {
  /** Source column for numeric, boolean and one-hot features; the feature name for date parts. */
  readonly column: string;
  /** The table column behind the feature (importance is measured per source column). */
  readonly sourceColumn: string;
  /** One-hot level ('other levels' for the bucket of rare levels), else null. */
  readonly level: string | null;
  readonly kind: 'numeric' | 'boolean' | 'level' | 'date-part';
  /** Standardisation std of the feature, if the pipeline scaled it (model units per raw unit). */
  readonly scalingStd: number | null;
}

/** The bucket of rare and unseen levels of a one-hot column, as a driver level. */
export const OTHER_LEVELS = 'other levels';

/**
 * One FeatureSource per model feature, aligned with `pipeline.featureNames`. Date parts keep
 * their own feature names (e.g. "signup: month") because a step of a month and a step of a
 * day since the origin are different things.
 */
export function featureSources(pipeline: Pipeline): FeatureSource[] {
  const sources: FeatureSource[] = pipeline.featureNames.map((name) => ({
    column: name,
    sourceColumn: name,
    level: null,
    kind: 'numeric',
    scalingStd: null,
  }));
  for (const step of pipeline.steps) {
    if (step.kind === 'numeric') {
      sources[step.feature] = {
        column: step.column,
        sourceColumn: step.column,
        level: null,
        kind: step.sourceType,
        scalingStd: step.scaling?.std ?? null,
      };
    } else if (step.kind === 'date') {
      for (const part of step.parts) {
        const name = pipeline.featureNames[part.feature] ?? step.column;
        const scalingStd = part.scaling?.std ?? null;
        sources[part.feature] = {
          column: name,
          sourceColumn: step.column,
          level: null,
          kind: 'date-part',
          scalingStd,
        };
      }
    } else {
      const levels = step.hasOther ? [...step.levels, OTHER_LEVELS] : step.levels;
      levels.forEach((level, offset) => {
        sources[step.firstFeature + offset] = {
          column: step.column,
          sourceColumn: step.column,
          level,
          kind: 'level',
          scalingStd: null,
        };
      });
    }
  }
  return sources;
}
