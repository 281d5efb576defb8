import type { ColumnType, DataTable } from '../data/table';
import type { FeatureStep, Pipeline } from '../prep/prepTypes';
import type { TrainingOutcome } from '../training/trainingTypes';
import {
  MODEL_FILE_FORMAT,
  MODEL_FILE_VERSION,
  type ModelFile,
  type SchemaColumn,
} from './modelFileTypes';

function stepType(step: FeatureStep): ColumnType {
  return step.kind === 'date' ? 'date' : step.sourceType;
}

/** Every level the step knows (reference, own columns, folded into "other"); any other is unseen. */
export function knownLevels(step: FeatureStep): string[] | null {
  if (step.kind !== 'one-hot') return null;
  const reference = step.referenceLevel === null ? [] : [step.referenceLevel];
  return [...new Set([...reference, ...step.levels, ...step.otherLevels])];
}

function targetType(pipeline: Pipeline): ColumnType {
  return pipeline.target.kind === 'classification' ? pipeline.target.sourceType : 'numeric';
}

/**
 * The model's columns as the training table had them: features in pipeline order, then the
 * target (scoring does not need it, but its type tells what `actual` can be compared with).
 */
function schemaOf(pipeline: Pipeline, table: DataTable): SchemaColumn[] {
  const typeIn = (name: string, fallback: ColumnType): ColumnType =>
    table.columns.find((column) => column.name === name)?.type ?? fallback;
  const features = pipeline.steps.map((step) => ({
    name: step.column,
    type: typeIn(step.column, stepType(step)),
    levels: knownLevels(step),
  }));
  const target = pipeline.target.column;
  return [...features, { name: target, type: typeIn(target, targetType(pipeline)), levels: null }];
}

/** A model file for a finished run on `table`, stamped with `savedAt`. */
export function buildModelFile(
  outcome: TrainingOutcome,
  table: DataTable,
  savedAt: Date,
): ModelFile {
  return {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    savedAt: savedAt.toISOString(),
    trainedOn: table.name,
    kind: outcome.kind,
    task: outcome.task,
    target: outcome.pipeline.target.column,
    classes: outcome.classes,
    featureNames: outcome.featureNames,
    schema: schemaOf(outcome.pipeline, table),
    pipeline: outcome.pipeline,
    model: outcome.model,
    metrics: outcome.metrics,
    baseline: outcome.baseline,
    backend: outcome.backend,
  };
}

/** The file as compact JSON text (NaN metrics become null and are read back as NaN). */
export function serialiseModelFile(file: ModelFile): string {
  return JSON.stringify(file);
}
