import { fail, type Result } from '../../result';
import type { ModelPlugin, TrainContext, TrainError, TrainingSet } from '../modelTypes';
import { requireFiniteValues } from './checkTrainingSet';
import { linearMeta } from './linearMeta';
import type { LinearModel, LinearOptions } from './linearTypes';
import { fitLogistic } from './logisticFit';
import { fitOls } from './olsFit';
import { predictLinear } from './predictLinear';
import { fitRidge } from './ridgeFit';

/** 'auto', or a non-negative number written as text; null when neither. */
export function parseLambda(text: string): number | 'auto' | null {
  if (text === 'auto') return 'auto';
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
}

function trainRegression(
  data: TrainingSet,
  options: LinearOptions,
  context: TrainContext,
): Result<LinearModel, TrainError> {
  if (options.method === 'ols') return fitOls(data);
  const lambda = parseLambda(options.lambda);
  if (lambda === null) {
    return fail({
      code: 'bad-option',
      message: `The ridge penalty must be 'auto' or a number of at least 0, not '${options.lambda}'.`,
    });
  }
  if (context.validation) {
    const finite = requireFiniteValues(context.validation);
    if (!finite.ok) return finite;
  }
  return fitRidge(data, { lambda, penaltyScale: 'standardised', validation: context.validation });
}

function trainLinear(
  data: TrainingSet,
  options: LinearOptions,
  context: TrainContext,
): Result<LinearModel, TrainError> {
  if (context.task === 'regression') return trainRegression(data, options, context);
  if (data.classes === null)
    throw new TypeError('A classification training set needs its class labels');
  return fitLogistic(data, {
    penalty: options.penalty,
    C: options.C,
    penaltyScale: 'standardised',
  });
}

/**
 * The linear model plug-in: OLS or ridge for regression, logistic regression for classification,
 * fitted on raw features so the coefficient table reads like a statistics package's.
 */
export const linearPlugin: ModelPlugin<LinearOptions, LinearModel> = {
  meta: linearMeta,
  train: (data, options, context) => {
    context.onProgress({ fraction: 0, message: 'Fitting the linear model' });
    const result = trainLinear(data, options, context);
    context.onProgress({ fraction: 1 });
    return Promise.resolve(result);
  },
  predict: predictLinear,
};
