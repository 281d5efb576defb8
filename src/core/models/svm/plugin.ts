import { fail, ok, type Result } from '../../result';
import type {
  Matrix,
  ModelPlugin,
  Predictions,
  TrainContext,
  TrainError,
  TrainingProgress,
  TrainingSet,
} from '../modelTypes';
import { resolveGamma } from './kernelFunctions';
import { trainKernelClassifier, trainKernelRegressor } from './kernelTraining';
import { trainLinearClassifier, trainLinearRegressor, type LinearMethod } from './linearTraining';
import { svmMeta } from './meta';
import { predictSvm } from './predictSvm';
import type { KernelParams, SvmModel, SvmOptions } from './svmTypes';
import { checkSvmData, checkSvmOptions, chooseSolver } from './validateSvmInput';

// Progress goes to another thread; a few updates a second are plenty for a progress bar.
const PROGRESS_INTERVAL_MS = 100;

/** Forwards increasing fractions at most every PROGRESS_INTERVAL_MS. */
function throttledProgress(onProgress: (progress: TrainingProgress) => void) {
  let last = -Infinity;
  let best = 0;
  return (fraction: number): void => {
    best = Math.max(best, Math.min(1, fraction));
    const now = performance.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    onProgress({ fraction: best });
  };
}

function trainKernel(
  data: TrainingSet,
  options: SvmOptions,
  context: TrainContext,
  report: (f: number) => void,
): SvmModel {
  const kernel: KernelParams = {
    kind: options.kernel,
    gamma: resolveGamma(options.gamma, data),
    degree: options.degree,
    coef0: options.coef0,
  };
  const settings = {
    C: options.C,
    tol: options.tol,
    maxIterations: options.maxIterations,
    shrinking: options.shrinking,
    cacheBytes: options.cacheMb * 1e6,
    precision: 'float32' as const,
    probability: options.probability,
    seed: context.seed,
  };
  if (context.task === 'regression') {
    return trainKernelRegressor(data, data.y, options.epsilon, kernel, settings, report);
  }
  const classCount = data.classes?.length ?? 0;
  return trainKernelClassifier(data, data.y, classCount, kernel, settings, report);
}

function trainLinear(
  data: TrainingSet,
  options: SvmOptions,
  context: TrainContext,
  method: LinearMethod,
  report: (f: number) => void,
): SvmModel {
  const settings = {
    method,
    epsilon: options.epsilon,
    C: options.C,
    loss: options.linearLoss,
    tol: options.tol,
    maxPasses: options.maxPasses,
    shrinking: options.shrinking,
    probability: options.probability,
    seed: context.seed,
  };
  if (context.task === 'regression') {
    return trainLinearRegressor(data, data.y, settings, report);
  }
  return trainLinearClassifier(data, data.y, data.classes?.length ?? 0, settings, report);
}

/** A fitted SVM with the target scaling its predictions are mapped back through (regression). */
export type FittedSvm = SvmModel & { readonly targetScale?: TargetScale | null };

export interface TargetScale {
  readonly mean: number;
  readonly std: number;
}

/** Mean and standard deviation of the training target; null when it is constant. */
function targetScaleOf(y: Float64Array): TargetScale | null {
  let mean = 0;
  for (const value of y) mean += value / y.length;
  let variance = 0;
  for (const value of y) variance += (value - mean) ** 2 / y.length;
  const std = Math.sqrt(variance);
  return std > 0 && Number.isFinite(std) ? { mean, std } : null;
}

/** Trains on the standardised target when asked (regression), remembering how to map back. */
export function trainSvm(
  data: TrainingSet,
  options: SvmOptions,
  context: TrainContext,
): Result<FittedSvm, TrainError> {
  const scale = context.task === 'regression' && options.scaleTarget ? targetScaleOf(data.y) : null;
  const scaled = scale
    ? { ...data, y: Float64Array.from(data.y, (value) => (value - scale.mean) / scale.std) }
    : data;
  const trained = trainSvmOnTarget(scaled, options, context);
  return trained.ok ? ok({ ...trained.value, targetScale: scale }) : trained;
}

/** Predictions on the original target scale. */
export function predictFittedSvm(model: FittedSvm, data: Matrix): Predictions {
  const predictions = predictSvm(model, data);
  const scale = model.targetScale;
  if (!scale) return predictions;
  const values = Float64Array.from(predictions.values, (value) => value * scale.std + scale.mean);
  return { ...predictions, values };
}

/** Validates, picks the solver and trains, synchronously. */
function trainSvmOnTarget(
  data: TrainingSet,
  options: SvmOptions,
  context: TrainContext,
): Result<SvmModel, TrainError> {
  const invalid = checkSvmOptions(options) ?? checkSvmData(data, context.task);
  if (invalid) return fail(invalid);
  const choice = chooseSolver(options, data.rows, data.cols);
  if ('error' in choice) return fail(choice.error);
  const report = throttledProgress(context.onProgress);
  const model =
    choice.solver === 'smo'
      ? trainKernel(data, options, context, report)
      : trainLinear(data, options, context, choice.solver, report);
  context.onProgress({ fraction: 1 });
  return ok(model);
}

/**
 * Support vector machines: C-SVC (one-vs-one for several classes) and epsilon-SVR with linear,
 * RBF or polynomial kernels by SMO, and linear SVMs (dual coordinate descent or primal Newton)
 * for large data.
 */
export const svmPlugin: ModelPlugin<SvmOptions, FittedSvm> = {
  meta: svmMeta,
  train: async (data, options, context) => trainSvm(data, options, context),
  predict: predictFittedSvm,
};
