import type { FeatureStep, Pipeline } from '../prep/prepTypes';

/** The encoded matrix columns that come from one source column. */
export interface FeatureGroup {
  readonly column: string;
  readonly features: readonly number[];
}

/** Encoded columns of one step: a numeric column, a date's parts, or a one-hot group. */
export function encodedFeatures(step: FeatureStep): number[] {
  if (step.kind === 'numeric') return [step.feature];
  if (step.kind === 'date') return step.parts.map((part) => part.feature);
  const width = step.levels.length + (step.hasOther ? 1 : 0);
  return Array.from({ length: width }, (_, i) => step.firstFeature + i);
}

/** One group per pipeline step that writes at least one encoded column, in step order. */
export function featureGroups(pipeline: Pipeline): FeatureGroup[] {
  return pipeline.steps
    .map((step) => ({ column: step.column, features: encodedFeatures(step) }))
    .filter((group) => group.features.length > 0);
}
