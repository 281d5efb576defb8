import type { DataTable } from '../data/table';
import type { Matrix } from '../models/modelTypes';
import { transform } from '../prep/transform/transform';
import type { PrepError } from '../prep/prepTypes';
import { ok, type Result } from '../result';
import {
  PART_TEST,
  PART_TRAIN,
  PART_VALIDATION,
  type RowPredictions,
  type SplitPart,
} from '../results/resultTypes';
import type { TrainingOutcome } from '../training/trainingTypes';

/** Held-out rows the explanations are judged on: test, else validation, else (fit on all) train. */
export function evaluationPart(predictions: RowPredictions): SplitPart {
  const has = (part: SplitPart) => predictions.part.includes(part);
  if (has(PART_TEST)) return PART_TEST;
  if (has(PART_VALIDATION)) return PART_VALIDATION;
  return PART_TRAIN;
}

/** Table rows of one split part, in the order they were scored. */
export function rowsOfPart(predictions: RowPredictions, part: SplitPart): Int32Array {
  const out: number[] = [];
  predictions.part.forEach((p, i) => {
    if (p === part) out.push(predictions.rows[i]!);
  });
  return Int32Array.from(out);
}

export interface EncodedRows {
  readonly matrix: Matrix;
  readonly y: Float64Array;
  readonly rows: Int32Array;
}

/** Re-encodes table rows with the run's fitted pipeline (same encoding the model was scored on). */
export function encodeRows(
  table: DataTable,
  outcome: TrainingOutcome,
  rows: Int32Array,
): Result<EncodedRows, PrepError> {
  const encoded = transform(outcome.pipeline, table, rows);
  if (!encoded.ok) return encoded;
  const { matrix, target } = encoded.value;
  return ok({ matrix, y: target ?? new Float64Array(matrix.rows), rows: encoded.value.rows });
}
