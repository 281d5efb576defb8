import type { TrainingSet } from '../models/modelTypes';
import type { Pipeline, TransformedRows } from './prepTypes';

/** The model-facing rows: matrix, encoded target, feature names and (classification) classes. */
export function toTrainingSet(pipeline: Pipeline, transformed: TransformedRows): TrainingSet {
  if (transformed.target === null) {
    throw new Error('toTrainingSet needs rows transformed with their target');
  }
  return {
    ...transformed.matrix,
    y: transformed.target,
    featureNames: transformed.featureNames,
    classes: pipeline.target.kind === 'classification' ? pipeline.target.classes : null,
  };
}
