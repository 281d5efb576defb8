import type { DataTable } from '../data/table';
import type { ModelKind, TrainingSet } from '../models/modelTypes';
import { fitPipeline } from '../prep/fit/fitPipeline';
import type { ImputeStrategy, Pipeline, PipelineSpec, PrepError } from '../prep/prepTypes';
import { toTrainingSet } from '../prep/trainingSet';
import { transform } from '../prep/transform/transform';
import { ok, type Result } from '../result';
import type { TrainingNotice, TrainingSetup } from './trainingTypes';

/** What the model sees: fitted pipeline and the encoded train, validation and test rows. */
export interface PreparedSets {
  readonly pipeline: Pipeline;
  readonly train: TrainingSet;
  readonly validation: TrainingSet | null;
  readonly test: TrainingSet | null;
  /** Table row behind each encoded row of every part (rows dropped by the pipeline are absent). */
  readonly tableRows: {
    readonly train: Int32Array;
    readonly validation: Int32Array;
    readonly test: Int32Array;
  };
  readonly notices: readonly TrainingNotice[];
}

/** The pipeline spec for one model kind: OLS wants raw scales and a reference level per category. */
export function pipelineSpecFor(
  table: DataTable,
  setup: TrainingSetup,
  kind: ModelKind,
  wantsStandardised: boolean,
): PipelineSpec {
  return {
    target: setup.target,
    task: setup.task,
    features: setup.features.map((feature) => ({
      impute: imputeFor(table, feature.column, setup.impute),
      ...feature,
    })),
    standardise: wantsStandardised,
    dropFirstLevel: kind === 'linear',
  };
}

const NO_ROWS: Int32Array = new Int32Array(0);

const NUMBER_ONLY: readonly ImputeStrategy[] = ['mean', 'median'];

/** Mean and median make no sense for categories: those columns fill with their most frequent level. */
function imputeFor(table: DataTable, column: string, impute: ImputeStrategy): ImputeStrategy {
  const type = table.columns.find((c) => c.name === column)?.type;
  const categorical = type === 'categorical' || type === 'text' || type === 'id';
  return categorical && NUMBER_ONLY.includes(impute) ? 'most-frequent' : impute;
}

/** Fits the pipeline on `trainRows` only, then encodes every part with it (no leakage). */
export function prepareSets(
  table: DataTable,
  spec: PipelineSpec,
  parts: { train: Int32Array; validation: Int32Array; test: Int32Array },
): Result<PreparedSets, PrepError> {
  const fitted = fitPipeline(table, spec, parts.train);
  if (!fitted.ok) return fitted;
  const pipeline = fitted.value;
  const notices: TrainingNotice[] = pipeline.notices.map((notice) => ({
    code: `prep-${notice.code}`,
    params: { column: notice.column },
  }));
  const tableRows: Record<'train' | 'validation' | 'test', Int32Array> = {
    train: NO_ROWS,
    validation: NO_ROWS,
    test: NO_ROWS,
  };
  const encode = (
    part: keyof typeof tableRows,
    rows: Int32Array,
  ): Result<TrainingSet | null, PrepError> => {
    if (rows.length === 0) return ok(null);
    const encoded = transform(pipeline, table, rows);
    if (!encoded.ok) return encoded;
    for (const unseen of encoded.value.unseenLevels) {
      notices.push({
        code: 'unseen-levels',
        params: { column: unseen.column, count: unseen.count },
      });
    }
    if (encoded.value.matrix.rows === 0) return ok(null);
    tableRows[part] = encoded.value.rows;
    return ok(toTrainingSet(pipeline, encoded.value));
  };
  const train = encode('train', parts.train);
  if (!train.ok) return train;
  if (train.value === null)
    return { ok: false, error: { code: 'too-few-rows', rows: 0, needed: 2 } };
  const validation = encode('validation', parts.validation);
  if (!validation.ok) return validation;
  const test = encode('test', parts.test);
  if (!test.ok) return test;
  return ok({
    pipeline,
    train: train.value,
    validation: validation.value,
    test: test.value,
    tableRows,
    notices,
  });
}
