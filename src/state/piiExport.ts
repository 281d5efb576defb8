import type { DataTable } from '../core/data/table';
import type { ModelFile } from '../core/modelFile/modelFileTypes';
import {
  maskColumn,
  maskDetectedPii,
  maskKeptPii,
  pseudonymiseColumn,
  replaceColumns,
  type ColumnReplacement,
} from '../core/pii/transformColumns';
import type { PiiFinding } from '../core/pii/piiTypes';
import type { AppState } from './store';

let exportMemo: { key: readonly unknown[]; table: DataTable } | null = null;

/** The table exports write: kept PII columns masked unless the user chose raw exports. */
export function piiExportTable(state: AppState): DataTable | null {
  const { table, piiFindings, piiActions, piiExportRaw } = state;
  if (!table || piiExportRaw || piiFindings.length === 0) return table;
  const key = [table, piiFindings, piiActions];
  // The same object each time, so the results worker is not sent the table again.
  if (exportMemo && exportMemo.key.every((part, i) => part === key[i])) return exportMemo.table;
  exportMemo = { key, table: maskKeptPii(table, piiFindings, piiActions) };
  return exportMemo.table;
}

type ScoringPiiState = Pick<AppState, 'piiFindings' | 'piiActions' | 'piiKey' | 'piiExportRaw'>;

/** The training-time mask or pseudonyms for one column of a file to score, else null. */
async function asInTraining(
  table: DataTable,
  finding: PiiFinding,
  state: ScoringPiiState,
): Promise<ColumnReplacement | null> {
  const column = table.columns.find((candidate) => candidate.name === finding.column);
  const action = state.piiActions.find((entry) => entry.column === finding.column)?.action;
  if (!column) return null;
  if (action === 'mask')
    return { column: column.name, replacement: maskColumn(column, finding.kind) };
  if (action === 'pseudonymise' && state.piiKey) {
    return { column: column.name, replacement: await pseudonymiseColumn(column, state.piiKey) };
  }
  return null;
}

/**
 * A file to score, transformed the way the training data was: columns the model reads that were
 * masked or pseudonymised in this session get the same mask or the same keyed pseudonyms (else
 * the model would see values it never saw). PII columns the model does not read are masked
 * unless exports are raw.
 */
export async function scoringTable(
  table: DataTable,
  model: ModelFile,
  state: ScoringPiiState,
): Promise<DataTable> {
  const used = [...model.pipeline.steps.map((step) => step.column), model.target];
  const findings = state.piiFindings.filter((finding) => used.includes(finding.column));
  const replacements = await Promise.all(findings.map((f) => asInTraining(table, f, state)));
  const transformed = replaceColumns(
    table,
    replacements.filter((entry): entry is ColumnReplacement => entry !== null),
  );
  return state.piiExportRaw ? transformed : maskDetectedPii(transformed, used);
}

/** Drops the remembered export table (when everything is forgotten). */
export function clearPiiExportMemo(): void {
  exportMemo = null;
}
