import { fail, ok, type Result } from '../../result';
import type { TrainError, TrainingSet } from '../modelTypes';

/** Fails, naming the feature column, when X or y holds NaN or ±Infinity. */
export function requireFiniteValues(data: TrainingSet): Result<true, TrainError> {
  const { x, rows, cols, y, featureNames } = data;
  for (let i = 0; i < rows; i += 1) {
    if (!Number.isFinite(y[i])) {
      return fail({
        code: 'non-finite-target',
        message: `The target is missing or not a number in row ${i + 1}. Remove or fill those rows before training.`,
      });
    }
    const offset = i * cols;
    for (let j = 0; j < cols; j += 1) {
      if (Number.isFinite(x[offset + j])) continue;
      const column = featureNames[j] ?? `feature ${j + 1}`;
      return fail({
        code: 'non-finite-feature',
        message: `Column '${column}' has a missing or infinite value in row ${i + 1}. Fill or remove missing values before training.`,
        column,
      });
    }
  }
  return ok(true);
}

/** Fails when there are not more rows than coefficients to estimate. */
export function requireRows(
  rows: number,
  coefficients: number,
  model: string,
): Result<true, TrainError> {
  if (rows > coefficients) return ok(true);
  return fail({
    code: 'too-few-rows',
    message: `${model} needs more rows than coefficients: there are ${rows} rows for ${coefficients} coefficients. Add rows or use fewer features.`,
  });
}

/** Rows per class; fails when the target has fewer than two classes or a class has no rows. */
export function countClasses(data: TrainingSet): Result<Float64Array, TrainError> {
  const classes = data.classes ?? [];
  const counts = new Float64Array(classes.length);
  for (let i = 0; i < data.rows; i += 1) {
    const label = data.y[i]!;
    if (!Number.isInteger(label) || label < 0 || label >= classes.length) {
      throw new RangeError(
        `Class index ${label} in row ${i + 1} is not in 0..${classes.length - 1}`,
      );
    }
    counts[label] = counts[label]! + 1;
  }
  const present = classes.filter((_, k) => counts[k]! > 0);
  if (present.length < 2) {
    const only = present[0] === undefined ? '' : ` ('${present[0]}')`;
    return fail({
      code: 'one-class',
      message: `The target has only one class${only} in the training rows; classification needs at least two.`,
    });
  }
  const empty = classes.find((_, k) => counts[k] === 0);
  if (empty !== undefined) {
    return fail({
      code: 'empty-class',
      message: `Class '${empty}' has no rows in the training data, so no model can be fitted for it. Merge it with another class or use more rows.`,
    });
  }
  return ok(counts);
}
