import type { Matrix, Predictions } from '../modelTypes';
import type { LinearModel, LogisticModel } from './linearTypes';

/** intercept + x·coefficients for every row. */
function linearPredictor(
  data: Matrix,
  intercept: number,
  coefficients: readonly number[],
): Float64Array {
  const { x, rows, cols } = data;
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    let value = intercept;
    for (let j = 0; j < cols; j += 1) value += coefficients[j]! * x[i * cols + j]!;
    out[i] = value;
  }
  return out;
}

/** Softmax over class logits (0 for classes without a predictor); argmax as the predicted class. */
function logisticPredictions(model: LogisticModel, data: Matrix): Predictions {
  const classCount = model.classes.length;
  const predictors = model.logitClasses.map((_, a) =>
    linearPredictor(data, model.intercepts[a]!, model.coefficients[a]!),
  );
  const probabilities = new Float64Array(data.rows * classCount);
  const values = new Float64Array(data.rows);
  const logits = new Float64Array(classCount);
  for (let i = 0; i < data.rows; i += 1) {
    logits.fill(0);
    model.logitClasses.forEach((cls, a) => (logits[cls] = predictors[a]![i]!));
    const largest = Math.max(...logits);
    let total = 0;
    for (let k = 0; k < classCount; k += 1) total += Math.exp(logits[k]! - largest);
    let best = Number.NaN;
    for (let k = 0; k < classCount; k += 1) {
      const probability = Math.exp(logits[k]! - largest) / total;
      probabilities[i * classCount + k] = probability;
      if (Number.isNaN(best) || probability > probabilities[i * classCount + best]!) best = k;
    }
    values[i] = Number.isNaN(largest) ? Number.NaN : best;
  }
  return { values, probabilities };
}

/** Predictions of any fitted linear model for the rows of `data` (same feature columns). */
export function predictLinear(model: LinearModel, data: Matrix): Predictions {
  if (data.cols !== model.featureNames.length) {
    throw new RangeError(`Expected ${model.featureNames.length} feature columns, got ${data.cols}`);
  }
  if (model.kind === 'logistic') return logisticPredictions(model, data);
  return {
    values: linearPredictor(data, model.intercept, model.coefficients),
    probabilities: null,
  };
}
