import type { DataTable } from '../core/data/table';
import type { ModelFile } from '../core/modelFile/modelFileTypes';
import { maskDetectedPii, maskKeptPii } from '../core/pii/transformColumns';
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

/** A file to score: PII columns the model does not read are masked unless exports are raw. */
export function scoringTable(table: DataTable, model: ModelFile, raw: boolean): DataTable {
  if (raw) return table;
  const used = [...model.pipeline.steps.map((step) => step.column), model.target];
  return maskDetectedPii(table, used);
}

/** Drops the remembered export table (when everything is forgotten). */
export function clearPiiExportMemo(): void {
  exportMemo = null;
}
