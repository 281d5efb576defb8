import type { DataTable } from '../data/table';
import { summariseFolds } from '../metrics/crossValidation';
import { kFold } from '../prep/split/kFold';
import { fail, ok, type Result } from '../result';
import { FOLD_METRICS, metricByName, metricSet } from './evaluate';
import { prepError, trainError } from './failures';
import { pipelineSpecFor, prepareSets } from './prepareSets';
import type { PlannedSplit } from './splitRows';
import type { AnyModelPlugin } from '../models/modelPlugins';
import type {
  CrossValidationSummary,
  ModelRequest,
  TrainingFailure,
  TrainingSetup,
} from './trainingTypes';

const NO_ROWS = new Int32Array(0);

/**
 * k-fold cross-validation over the training and validation rows (test rows stay untouched):
 * each fold refits the pipeline and the model on its own training part.
 */
export async function crossValidate(
  table: DataTable,
  setup: TrainingSetup,
  request: ModelRequest,
  plugin: AnyModelPlugin,
  split: PlannedSplit,
  onProgress: (fraction: number) => void,
): Promise<Result<CrossValidationSummary, TrainingFailure>> {
  const pool = Int32Array.from([...split.train, ...split.validation]).sort();
  const stratify = split.stratify
    ? Float64Array.from(pool, (row) => split.stratify![row]!)
    : undefined;
  const folds = kFold(pool.length, {
    k: setup.split.folds,
    seed: setup.split.seed,
    ...(stratify ? { stratify } : {}),
  });
  if (!folds.ok) return fail(prepError(folds.error));
  const spec = pipelineSpecFor(table, setup, request.kind, plugin.meta.wantsStandardised);
  const options = { ...plugin.meta.defaults(setup.task), ...request.options };
  const names = FOLD_METRICS[setup.task];
  const scores: (number | null)[][] = names.map(() => []);
  for (const [index, fold] of folds.value.entries()) {
    const rows = (positions: Int32Array) => Int32Array.from(positions, (p) => pool[p]!);
    const parts = { train: rows(fold.train), validation: rows(fold.validation), test: NO_ROWS };
    const prepared = prepareSets(table, spec, parts);
    if (!prepared.ok) return fail(prepError(prepared.error));
    const { train, validation } = prepared.value;
    const trained = await plugin.train(train, options, {
      task: setup.task,
      seed: setup.split.seed,
      validation,
      onProgress: (p) => onProgress((index + p.fraction) / folds.value.length),
    });
    if (!trained.ok) return fail(trainError(trained.error));
    if (validation === null) continue;
    const set = metricSet(validation, plugin.predict(trained.value, validation));
    names.forEach((name, i) => scores[i]!.push(metricByName(set, name)));
  }
  return ok({
    folds: folds.value.length,
    metrics: names.map((name, i) => {
      const summary = summariseFolds(scores[i]!);
      return { name, mean: summary.mean ?? Number.NaN, std: summary.std ?? Number.NaN };
    }),
  });
}
