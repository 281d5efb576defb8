import type { ModelMeta, TaskType } from '../modelTypes';
import type { SvmOptions } from './svmTypes';

/**
 * Above this many rows a kernel SVM gets slow (SMO's cost grows with rows^2 to rows^3 once the
 * kernel rows no longer fit the cache): 'auto' switches a linear kernel to linear-dcd and refuses
 * the other kernels unless the user asks for `solver: 'smo'` explicitly.
 */
export const LARGE_DATA_ROWS = 20_000;

/** Newton builds a (cols+1)^2 Hessian in every step; beyond this many columns dcd is cheaper. */
export const NEWTON_MAX_COLS = 200;

/** Defaults as scikit-learn's SVC / SVR; squared losses for the linear solvers (Newton-ready). */
export function svmDefaults(task: TaskType): SvmOptions {
  return {
    kernel: 'rbf',
    C: 1,
    epsilon: 0.1,
    gamma: 'scale',
    degree: 3,
    coef0: 0,
    tol: 1e-3,
    maxIterations: 10_000_000,
    maxPasses: 1000,
    shrinking: true,
    probability: task === 'classification',
    solver: 'auto',
    linearLoss: 'l2',
    cacheMb: 100,
    scaleTarget: true,
  };
}

/**
 * What the options form shows. OptionSpec has no "preset or number" kind, so gamma offers the
 * two presets; a number is accepted by `train` when set programmatically.
 */
export const svmMeta: ModelMeta<SvmOptions> = {
  kind: 'svm',
  tasks: ['classification', 'regression'],
  wantsStandardised: true,
  defaults: svmDefaults,
  options: [
    { key: 'kernel', kind: 'choice', choices: ['rbf', 'linear', 'poly'] },
    { key: 'C', kind: 'number', min: 1e-4, max: 1e4, log: true },
    { key: 'epsilon', kind: 'number', min: 0, max: 10, step: 0.01 },
    { key: 'gamma', kind: 'choice', choices: ['scale', 'auto'] },
    { key: 'degree', kind: 'number', min: 1, max: 10, step: 1 },
    { key: 'coef0', kind: 'number', min: -10, max: 10, step: 0.1 },
    { key: 'tol', kind: 'number', min: 1e-6, max: 1, log: true },
    { key: 'maxIterations', kind: 'number', min: 1000, max: 100_000_000, log: true },
    { key: 'maxPasses', kind: 'number', min: 1, max: 100_000, log: true },
    { key: 'shrinking', kind: 'boolean' },
    { key: 'probability', kind: 'boolean' },
    { key: 'solver', kind: 'choice', choices: ['auto', 'smo', 'linear-dcd', 'linear-newton'] },
    { key: 'linearLoss', kind: 'choice', choices: ['l2', 'l1'] },
    { key: 'cacheMb', kind: 'number', min: 1, max: 2000, log: true },
    { key: 'scaleTarget', kind: 'boolean' },
  ],
};
