import type { ColumnType, DataTable } from '../data/table';
import { predictorOf } from '../models/modelPredictors';
import type { Predictions } from '../models/modelTypes';
import { allRows } from '../prep/columnLookup';
import type { PrepError } from '../prep/prepTypes';
import { encodeTarget, UNSEEN_CLASS } from '../prep/transform/encodeTarget';
import { transform } from '../prep/transform/transform';
import { fail, ok, type Result } from '../result';
import { matchColumns } from './matchColumns';
import type { ColumnMatchReport, ModelFile } from './modelFileTypes';

/** A new table scored with a model file; arrays are per scored row, in table order. */
export interface ScoredTable {
  /** Table rows scored (rows dropped by the pipeline are absent). */
  readonly rows: Int32Array;
  /** Regression: predicted values. Classification: class indices into `classes`. */
  readonly predicted: Float64Array;
  /** Classification: row-major rows x classes. */
  readonly probabilities: Float64Array | null;
  readonly classes: readonly string[] | null;
  readonly droppedRows: number;
  readonly report: ColumnMatchReport;
  /** When the table has the target column: its values (or class indices; NaN when missing or unseen). */
  readonly actual: Float64Array | null;
}

export type ScoreError =
  | {
      readonly code: 'missing-columns';
      readonly columns: readonly string[];
      readonly renamedLooking: ColumnMatchReport['renamedLooking'];
      readonly message: string;
    }
  | {
      readonly code: 'type-mismatch';
      readonly column: string;
      readonly expected: string;
      readonly found: ColumnType;
      readonly message: string;
    }
  | { readonly code: 'cannot-prepare'; readonly reason: PrepError; readonly message: string }
  | { readonly code: 'model-failed'; readonly message: string };

function missingColumnsError(report: ColumnMatchReport): ScoreError {
  const hints = report.renamedLooking.map(({ expected, found }) => `"${found}" for "${expected}"?`);
  const names = report.missing.map((name) => `"${name}"`).join(', ');
  return {
    code: 'missing-columns',
    columns: report.missing,
    renamedLooking: report.renamedLooking,
    message:
      `The file lacks columns the model needs: ${names}.` +
      (hints.length > 0 ? ` Renamed? ${hints.join(' ')}` : ''),
  };
}

function prepFailure(error: PrepError): ScoreError {
  if (error.code === 'type-mismatch') {
    const { column, expected, found } = error;
    const message = `Column "${column}" holds ${found} values; the model was trained on ${expected} values.`;
    return { code: 'type-mismatch', column, expected, found, message };
  }
  const where = 'column' in error ? ` (column "${error.column}")` : '';
  return {
    code: 'cannot-prepare',
    reason: error,
    message: `The rows cannot be prepared: ${error.code}${where}.`,
  };
}

/** The target column's values for `rows` when present and readable; unseen classes become NaN. */
function actualValues(file: ModelFile, table: DataTable, rows: Int32Array): Float64Array | null {
  const column = table.columns.find((candidate) => candidate.name === file.target);
  if (column === undefined) return null;
  const encoded = encodeTarget(file.pipeline.target, column, rows);
  if (!encoded.ok) return null;
  const values = encoded.value;
  if (file.task === 'classification') {
    for (let i = 0; i < values.length; i++) if (values[i] === UNSEEN_CLASS) values[i] = Number.NaN;
  }
  return values;
}

/**
 * Scores every row of `table` with a model file: matches columns by name, applies the fitted
 * pipeline (the target is not needed) and the model. Missing columns are an error listing them.
 */
export function scoreTable(file: ModelFile, table: DataTable): Result<ScoredTable, ScoreError> {
  const report = matchColumns(file, table);
  if (report.missing.length > 0) return fail(missingColumnsError(report));
  const encoded = transform(file.pipeline, table, allRows(table.rowCount), { target: 'ignore' });
  if (!encoded.ok) return fail(prepFailure(encoded.error));
  const { matrix, rows, droppedRows } = encoded.value;
  let predictions: Predictions;
  try {
    predictions = predictorOf(file.kind)(file.model, matrix);
  } catch (error) {
    // The model comes from a file: a damaged one is the user's problem to hear about, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'model-failed', message: `The model could not score the rows: ${detail}` });
  }
  return ok({
    rows,
    predicted: predictions.values,
    probabilities: predictions.probabilities,
    classes: file.classes,
    droppedRows,
    report,
    actual: actualValues(file, table, rows),
  });
}
