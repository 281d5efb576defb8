import type { Matrix, Predictions } from '../../models/modelTypes';
import type { Pipeline } from '../../prep/prepTypes';

/** Test weights by source column: a number for numeric columns, a weight per level for one-hot. */
export type SourceWeights = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

/** Weight of every encoded column; levels without a weight (e.g. "other") get 0. */
export function encodedWeights(pipeline: Pipeline, weights: SourceWeights): Float64Array {
  const encoded = new Float64Array(pipeline.featureNames.length);
  for (const step of pipeline.steps) {
    const weight = weights[step.column] ?? 0;
    if (step.kind === 'numeric' && typeof weight === 'number') encoded[step.feature] = weight;
    if (step.kind === 'one-hot' && typeof weight === 'object') {
      step.levels.forEach((level, i) => (encoded[step.firstFeature + i] = weight[level] ?? 0));
    }
  }
  return encoded;
}

/** Intercept plus weights times each matrix row. */
export function linearScores(m: Matrix, weights: Float64Array, intercept: number): Float64Array {
  const scores = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let sum = intercept;
    for (let j = 0; j < m.cols; j++)
      sum += (weights[j] as number) * (m.x[i * m.cols + j] as number);
    scores[i] = sum;
  }
  return scores;
}

/** A regression model that is exactly `intercept + weights · x`. */
export function linearRegressor(weights: Float64Array, intercept: number) {
  return (m: Matrix): Predictions => ({
    values: linearScores(m, weights, intercept),
    probabilities: null,
  });
}

/** A multinomial linear classifier: softmax of per-class scores; `values` is the argmax. */
export function linearClassifier(weights: readonly Float64Array[], intercepts: readonly number[]) {
  return (m: Matrix): Predictions => {
    const scores = weights.map((w, k) => linearScores(m, w, intercepts[k] ?? 0));
    const classes = weights.length;
    const values = new Float64Array(m.rows);
    const probabilities = new Float64Array(m.rows * classes);
    for (let i = 0; i < m.rows; i++) {
      const row = scores.map((s) => s[i] as number);
      const top = Math.max(...row);
      const exps = row.map((s) => Math.exp(s - top));
      const total = exps.reduce((a, b) => a + b, 0);
      exps.forEach((e, k) => (probabilities[i * classes + k] = e / total));
      values[i] = row.indexOf(top);
    }
    return { values, probabilities };
  };
}
