import type { ModelMeta, TaskType } from '../modelTypes';
import type { LinearOptions } from './linearTypes';

/** Fixed penalties offered besides 'auto' (ridge λ on standardised features). */
export const LAMBDA_CHOICES = ['auto', '0.01', '0.1', '1', '10', '100', '1000'] as const;

/**
 * Defaults: plain OLS for regression; L2-penalised logistic regression with C = 1 as scikit-learn
 * does, because real exports often separate classes (nested columns such as city and region) and an
 * unpenalised fit then has no answer. `penalty: 'none'` gives statsmodels' textbook inference.
 */
function linearDefaults(_task: TaskType): LinearOptions {
  return { method: 'ols', lambda: 'auto', C: 1, penalty: 'l2' };
}

/**
 * Options form of the linear model. Regression reads `method` and `lambda`; classification
 * reads `C` (inverse penalty strength, as in scikit-learn) and `penalty`.
 */
export const linearMeta: ModelMeta<LinearOptions> = {
  kind: 'linear',
  tasks: ['regression', 'classification'],
  wantsStandardised: false,
  defaults: linearDefaults,
  options: [
    { key: 'method', kind: 'choice', choices: ['ols', 'ridge'] },
    { key: 'lambda', kind: 'choice', choices: LAMBDA_CHOICES },
    { key: 'C', kind: 'number', min: 1e-4, max: 1e4, log: true },
    { key: 'penalty', kind: 'choice', choices: ['l2', 'none'] },
  ],
};
