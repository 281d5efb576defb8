import type { DataTable } from '../data/table';
import type { AnyModelPlugin } from '../models/modelPlugins';
import type { ModelOptionValues, TrainingProgress, TrainingSet } from '../models/modelTypes';
import type { PrepError } from '../prep/prepTypes';
import { PART_TEST, PART_TRAIN, PART_VALIDATION, type SplitPart } from '../results/resultTypes';
import { fail, ok, type Result } from '../result';
import { crossValidate } from './crossValidate';
import { baselinePredictions, metricSet } from './evaluate';
import { prepError, trainError } from './failures';
import { pipelineSpecFor, prepareSets } from './prepareSets';
import { rowPredictions, type ScoredPart } from './rowPredictions';
import { splitRows } from './splitRows';
import type {
  LossPoint,
  ModelRequest,
  SplitMetrics,
  TrainingFailure,
  TrainingNotice,
  TrainingOutcome,
  TrainingSetup,
} from './trainingTypes';
import { ownField } from '../ownField';

/** Options the user set, over the model's defaults for the task. */
export function optionsFor(plugin: AnyModelPlugin, setup: TrainingSetup, request: ModelRequest) {
  return { ...plugin.meta.defaults(setup.task), ...request.options };
}

interface PreparedParts {
  train: TrainingSet;
  validation: TrainingSet | null;
  test: TrainingSet | null;
  tableRows: { train: Int32Array; validation: Int32Array; test: Int32Array };
}

/** Predicts every part once: the metrics and the per-row record both come from these. */
function scoreParts(model: unknown, plugin: AnyModelPlugin, sets: PreparedParts): ScoredPart[] {
  const parts: [SplitPart, TrainingSet | null, Int32Array][] = [
    [PART_TRAIN, sets.train, sets.tableRows.train],
    [PART_VALIDATION, sets.validation, sets.tableRows.validation],
    [PART_TEST, sets.test, sets.tableRows.test],
  ];
  return parts.flatMap(([part, data, tableRows]) =>
    data === null ? [] : [{ part, data, tableRows, predictions: plugin.predict(model, data) }],
  );
}

function splitMetrics(scored: readonly ScoredPart[]): SplitMetrics {
  const score = (part: SplitPart) => {
    const found = scored.find((p) => p.part === part);
    return found ? metricSet(found.data, found.predictions) : null;
  };
  return { train: score(PART_TRAIN)!, validation: score(PART_VALIDATION), test: score(PART_TEST) };
}

function baselineMetrics(sets: {
  train: TrainingSet;
  validation: TrainingSet | null;
  test: TrainingSet | null;
}): SplitMetrics {
  const score = (data: TrainingSet | null) =>
    data === null ? null : metricSet(data, baselinePredictions(sets.train, data.rows));
  return { train: score(sets.train)!, validation: score(sets.validation), test: score(sets.test) };
}

const backendOf = (model: unknown): string | null => {
  const backend = ownField(model, 'backend');
  return typeof backend === 'string' ? backend : null;
};

/**
 * Work a caller may do once the rows are encoded and before the model trains (pick a backend);
 * what it returns is shown with the run's notices.
 */
export type BeforeTrain = (
  train: TrainingSet,
  options: ModelOptionValues,
) => Promise<Result<readonly TrainingNotice[], TrainingFailure>>;

/**
 * One model, start to finish: split rows, fit the pipeline on training rows, train, score every
 * part and the naive baseline, then (if asked) cross-validate. Pure: the worker only wraps it.
 */
export async function runTraining(
  table: DataTable,
  setup: TrainingSetup,
  request: ModelRequest,
  plugin: AnyModelPlugin,
  onProgress: (progress: TrainingProgress) => void,
  beforeTrain: BeforeTrain | null = null,
  now: () => number = () => performance.now(),
): Promise<Result<TrainingOutcome, TrainingFailure>> {
  const wrap = <T>(result: Result<T, PrepError>) =>
    result.ok ? result : fail(prepError(result.error));
  const split = wrap(splitRows(table, setup));
  if (!split.ok) return split;
  const spec = pipelineSpecFor(table, setup, request.kind, plugin.meta.wantsStandardised);
  const prepared = wrap(prepareSets(table, spec, split.value));
  if (!prepared.ok) return prepared;
  const { pipeline, train, validation, test, tableRows } = prepared.value;
  const options = optionsFor(plugin, setup, request);
  const ready = beforeTrain ? await beforeTrain(train, options) : ok([]);
  if (!ready.ok) return ready;
  const folds = setup.split.folds;
  const share = folds > 0 ? 1 / (folds + 1) : 1;
  const lossHistory: LossPoint[] = [];
  const started = now();
  const trained = await plugin.train(train, options, {
    task: setup.task,
    seed: setup.split.seed,
    validation,
    onProgress: (progress) => {
      if (progress.epoch !== undefined && progress.loss !== undefined) {
        lossHistory.push({
          epoch: progress.epoch,
          loss: progress.loss,
          valLoss: progress.valLoss ?? null,
        });
      }
      onProgress({ ...progress, fraction: progress.fraction * share });
    },
  });
  const trainMs = now() - started;
  if (!trained.ok) return fail(trainError(trained.error));
  const model = trained.value;
  const scored = scoreParts(model, plugin, { train, validation, test, tableRows });
  const crossValidation =
    folds > 0
      ? await crossValidate(table, setup, request, plugin, split.value, (fraction) =>
          onProgress({ fraction: share + fraction * (1 - share) }),
        )
      : ok(null);
  if (!crossValidation.ok) return crossValidation;
  return ok({
    kind: request.kind,
    task: setup.task,
    model,
    pipeline,
    featureNames: train.featureNames,
    classes: train.classes,
    rowCounts: { train: train.rows, validation: validation?.rows ?? 0, test: test?.rows ?? 0 },
    metrics: splitMetrics(scored),
    baseline: baselineMetrics({ train, validation, test }),
    predictions: rowPredictions(scored, train.classes),
    crossValidation: crossValidation.value,
    backend: backendOf(model),
    trainMs,
    lossHistory,
    notices: [...split.value.notices, ...prepared.value.notices, ...ready.value],
  });
}
