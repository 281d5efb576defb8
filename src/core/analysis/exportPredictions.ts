import type { DataTable } from '../data/table';
import { predictionsCsv } from '../export/predictionsCsv';
import { predictionsColumns } from '../export/predictionsColumns';
import { predictionsXlsx } from '../export/predictionsXlsx';
import type { ExportColumn } from '../export/predictionsTypes';
import type { ScoredTable } from '../modelFile/scoreTable';
import type { TaskType } from '../models/modelTypes';
import type { TrainingOutcome } from '../training/trainingTypes';

export type ExportFormat = 'csv' | 'xlsx';

/** Encodes export columns as CSV parts (UTF-8 with BOM) or as one XLSX workbook. */
function encode(columns: readonly ExportColumn[], format: ExportFormat): Uint8Array<ArrayBuffer>[] {
  return format === 'csv' ? predictionsCsv(columns) : [predictionsXlsx(columns)];
}

/** A run's scored rows (every part) with actual, predicted and residual or class probabilities. */
export function exportRunPredictions(
  table: DataTable,
  outcome: TrainingOutcome,
  format: ExportFormat,
): Uint8Array<ArrayBuffer>[] {
  const { predictions } = outcome;
  const columns = predictionsColumns({
    table,
    rows: predictions.rows,
    part: predictions.part,
    actual: predictions.actual,
    predicted: predictions.predicted,
    probabilities: predictions.probabilities,
    classes: predictions.classes,
    task: outcome.task,
    target: outcome.pipeline.target.column,
  });
  return encode(columns, format);
}

/** A newly scored file's rows with their predictions (and actuals when the file had the target). */
export function exportScoredTable(
  table: DataTable,
  scored: ScoredTable,
  task: TaskType,
  target: string,
  format: ExportFormat,
): Uint8Array<ArrayBuffer>[] {
  const columns = predictionsColumns({
    table,
    rows: scored.rows,
    part: null,
    actual: scored.actual,
    predicted: scored.predicted,
    probabilities: scored.probabilities,
    classes: scored.classes,
    task,
    target,
  });
  return encode(columns, format);
}
