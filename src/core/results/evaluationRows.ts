import {
  PART_TEST,
  PART_TRAIN,
  PART_VALIDATION,
  type RowPredictions,
  type SplitPart,
} from './resultTypes';

/** The rows classification is judged on, columnar; probabilities row-major rows x classes. */
export interface EvaluationRows {
  readonly part: SplitPart;
  readonly actual: Float64Array;
  readonly predicted: Float64Array;
  readonly probabilities: Float64Array | null;
}

/** Test part when it has rows, else validation, else train (the model was fit on everything). */
export function evaluationPartOf(parts: Uint8Array): SplitPart {
  let hasValidation = false;
  for (const part of parts) {
    if (part === PART_TEST) return PART_TEST;
    if (part === PART_VALIDATION) hasValidation = true;
  }
  return hasValidation ? PART_VALIDATION : PART_TRAIN;
}

/** The evaluation part's rows, copied out in scoring order (no copy when every row is in it). */
export function evaluationRows(predictions: RowPredictions, classCount: number): EvaluationRows {
  const { part: parts, actual, predicted, probabilities } = predictions;
  if (probabilities && probabilities.length !== actual.length * classCount) {
    throw new Error(
      `${probabilities.length} probabilities for ${actual.length} rows x ${classCount} classes`,
    );
  }
  const part = evaluationPartOf(parts);
  let count = 0;
  for (const p of parts) if (p === part) count++;
  if (count === actual.length) return { part, actual, predicted, probabilities };
  const out = {
    part,
    actual: new Float64Array(count),
    predicted: new Float64Array(count),
    probabilities: probabilities ? new Float64Array(count * classCount) : null,
  };
  for (let i = 0, j = 0; i < parts.length; i++) {
    if (parts[i] !== part) continue;
    out.actual[j] = actual[i] as number;
    out.predicted[j] = predicted[i] as number;
    out.probabilities?.set(
      probabilities!.subarray(i * classCount, (i + 1) * classCount),
      j * classCount,
    );
    j++;
  }
  return out;
}
