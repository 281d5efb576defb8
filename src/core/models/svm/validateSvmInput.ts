import type { TaskType, TrainError, TrainingSet } from '../modelTypes';
import { LARGE_DATA_ROWS, NEWTON_MAX_COLS } from './meta';
import type { SvmOptions } from './svmTypes';

const invalidOption = (key: string, rule: string): TrainError => ({
  code: 'svm-invalid-option',
  message: `The SVM setting "${key}" ${rule}.`,
});

/** The first option outside its allowed range, as an error. */
export function checkSvmOptions(options: SvmOptions): TrainError | null {
  const positive: (keyof SvmOptions)[] = ['C', 'tol', 'cacheMb', 'maxIterations', 'maxPasses'];
  for (const key of positive) {
    const value = options[key];
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      return invalidOption(key, 'must be a number above 0');
    }
  }
  if (!(options.epsilon >= 0)) return invalidOption('epsilon', 'cannot be negative');
  if (!Number.isInteger(options.degree) || options.degree < 1) {
    return invalidOption('degree', 'must be a whole number of at least 1');
  }
  if (!Number.isFinite(options.coef0)) return invalidOption('coef0', 'must be a number');
  const { gamma } = options;
  if (
    typeof gamma === 'number'
      ? !(gamma > 0 && Number.isFinite(gamma))
      : !['scale', 'auto'].includes(gamma)
  ) {
    return invalidOption('gamma', 'must be "scale", "auto" or a number above 0');
  }
  return null;
}

function checkTargets(data: TrainingSet, task: TaskType): TrainError | null {
  if (task === 'regression') {
    if (data.y.every(Number.isFinite)) return null;
    return { code: 'svm-missing-target', message: 'Some rows have no value to predict.' };
  }
  const classCount = data.classes?.length ?? 0;
  const seen = new Set<number>();
  for (const value of data.y) {
    if (!Number.isInteger(value) || value < 0 || value >= classCount) {
      return { code: 'svm-missing-target', message: 'Some rows have no class to predict.' };
    }
    seen.add(value);
  }
  if (seen.size >= 2) return null;
  return {
    code: 'svm-single-class',
    message: 'Every training row has the same class, so there is nothing to tell apart.',
  };
}

/** Rows, values and targets the SVM can train on, or the reason it cannot. */
export function checkSvmData(data: TrainingSet, task: TaskType): TrainError | null {
  if (data.rows < 2 || data.cols < 1) {
    return { code: 'svm-too-few-rows', message: 'An SVM needs at least two rows and one column.' };
  }
  const badCell = data.x.findIndex((value) => !Number.isFinite(value));
  if (badCell >= 0) {
    const column = data.featureNames[badCell % data.cols];
    return {
      code: 'svm-missing-values',
      message: 'Some input cells are empty or not numbers; fill them in before training an SVM.',
      ...(column === undefined ? {} : { column }),
    };
  }
  return checkTargets(data, task);
}

type SolverChoice = { solver: 'smo' | 'linear-dcd' | 'linear-newton' } | { error: TrainError };

/** The solver to use, or an error when a kernel SVM would be too slow for the row count. */
export function chooseSolver(options: SvmOptions, rows: number, cols: number): SolverChoice {
  if (options.solver === 'linear-newton' && options.linearLoss !== 'l2') {
    return {
      error: {
        code: 'svm-newton-needs-squared-loss',
        message: 'The Newton solver needs the squared loss ("l2"); use "linear-dcd" for "l1".',
      },
    };
  }
  if (options.solver !== 'auto') return { solver: options.solver };
  if (rows <= LARGE_DATA_ROWS) return { solver: 'smo' };
  if (options.kernel === 'linear') {
    const newton = options.linearLoss === 'l2' && cols <= NEWTON_MAX_COLS;
    return { solver: newton ? 'linear-newton' : 'linear-dcd' };
  }
  return {
    error: {
      code: 'svm-kernel-too-large',
      message:
        `A ${options.kernel} kernel SVM on ${rows.toLocaleString('en-US')} rows could take many ` +
        `minutes. Use the linear kernel (fast on any size), train on a sample of at most ` +
        `${LARGE_DATA_ROWS.toLocaleString('en-US')} rows, or choose the "smo" solver to wait.`,
    },
  };
}
