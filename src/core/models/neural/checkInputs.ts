import { fail, ok, type Result } from '../../result';
import type { TaskType, TrainError, TrainingSet } from '../modelTypes';
import { parseHiddenLayers } from './hiddenLayers';
import type { NeuralOptions } from './neuralTypes';

function invalidOption(key: string, value: unknown, expected: string): Result<never, TrainError> {
  return fail({
    code: 'invalid-option',
    message: `The setting "${key}" is ${String(value)}, but it must be ${expected}.`,
  });
}

const isWhole = (value: number, min: number): boolean => Number.isInteger(value) && value >= min;

/** Checks every numeric option and reads the hidden layers; returns their unit counts. */
export function checkNeuralOptions(options: NeuralOptions): Result<number[], TrainError> {
  const { dropout, l2, learningRate, batchSize, epochs, patience } = options;
  if (!(dropout >= 0 && dropout < 1)) return invalidOption('dropout', dropout, 'from 0 to below 1');
  if (!(l2 >= 0 && Number.isFinite(l2))) return invalidOption('l2', l2, '0 or more');
  if (!(learningRate > 0 && Number.isFinite(learningRate))) {
    return invalidOption('learningRate', learningRate, 'above 0');
  }
  if (!isWhole(batchSize, 1)) return invalidOption('batchSize', batchSize, 'a whole number from 1');
  if (!isWhole(epochs, 1)) return invalidOption('epochs', epochs, 'a whole number from 1');
  if (!isWhole(patience, 0)) return invalidOption('patience', patience, 'a whole number from 0');
  return parseHiddenLayers(options.hiddenLayers);
}

function firstNonFinite(values: Float64Array): number {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) return k;
  return -1;
}

/** Every input and target is a finite number; names the first column that is not. */
export function checkFiniteValues(data: TrainingSet): Result<true, TrainError> {
  const badX = firstNonFinite(data.x);
  if (badX >= 0) {
    const column = data.featureNames[badX % data.cols];
    return fail({
      code: 'non-finite-input',
      message: 'Some inputs are empty or not numbers; fill them in before training a network.',
      ...(column === undefined ? {} : { column }),
    });
  }
  if (firstNonFinite(data.y) >= 0) {
    return fail({
      code: 'non-finite-input',
      message: 'Some target values are empty or not numbers.',
    });
  }
  return ok(true);
}

/** Rows a network can learn from: some rows, finite values, and two classes or more. */
export function checkTrainingRows(
  task: TaskType,
  data: TrainingSet,
  validation: TrainingSet | null,
): Result<true, TrainError> {
  if (data.rows < 1) {
    return fail({ code: 'too-few-rows', message: 'There are no training rows to learn from.' });
  }
  if (task === 'classification' && (data.classes?.length ?? 0) < 2) {
    return fail({
      code: 'single-class',
      message:
        'The target has only one value in the training rows, so there is nothing to tell apart.',
    });
  }
  const finite = checkFiniteValues(data);
  return finite.ok && validation !== null ? checkFiniteValues(validation) : finite;
}
