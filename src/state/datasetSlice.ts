import type { StateCreator } from 'zustand';
import type { ImportError, ImportOptions, ImportReport } from '../core/data/importTypes';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { ColumnType, DataTable } from '../core/data/table';
import { CANCELLED, importFileInWorker, retypeColumnInWorker } from '../workers/importClient';
import type { AppState } from './store';

/** The built-in sample, served from the app's own origin (public/samples). */
export const SAMPLE_FILE = 'customers.csv';

export interface ImportFailure {
  readonly fileName: string;
  readonly error: ImportError;
}

export interface ImportInFlight {
  readonly fileName: string;
  readonly progress: number; // 0..1
  readonly controller: AbortController;
}

export interface DatasetSlice {
  table: DataTable | null;
  profiles: readonly ColumnProfile[];
  report: ImportReport | null;
  /** The file behind the table, kept so that changing encoding, delimiter or sheet re-imports it. */
  sourceFile: File | null;
  importing: ImportInFlight | null;
  importFailure: ImportFailure | null;
  importFiles: (files: readonly File[], options?: ImportOptions) => Promise<void>;
  reimport: (options: ImportOptions) => Promise<void>;
  cancelImport: () => void;
  loadSample: () => Promise<void>;
  setColumnType: (columnIndex: number, type: ColumnType) => Promise<void>;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => ({
  table: null,
  profiles: [],
  report: null,
  sourceFile: null,
  importing: null,
  importFailure: null,

  importFiles: async (files, options = {}) => {
    const file = files[0];
    if (!file) return;
    if (files.length > 1) {
      const names = files.map((f) => f.name).join(', ');
      set({
        importFailure: { fileName: names, error: { code: 'several-files', count: files.length } },
      });
      return;
    }
    get().importing?.controller.abort();
    const controller = new AbortController();
    set({ importing: { fileName: file.name, progress: 0, controller } });
    const onProgress = (progress: number) => {
      const current = get().importing;
      if (current?.controller === controller) set({ importing: { ...current, progress } });
    };
    const withCap = { maxBytes: get().maxImportBytes, ...options };
    const result = await importFileInWorker(file, withCap, onProgress, controller.signal);
    if (get().importing?.controller !== controller) return; // superseded by a newer import
    if (result === CANCELLED) return set({ importing: null });
    if (!result.ok) {
      return set({ importing: null, importFailure: { fileName: file.name, error: result.error } });
    }
    const { table, report, profiles, piiFindings } = result.value;
    set({ importing: null, importFailure: null, table, report, profiles, sourceFile: file });
    get().detectPii(table, profiles, piiFindings);
    get().cancelTraining();
    get().clearRuns();
    get().resetSetup(table);
  },

  reimport: async (options) => {
    const { sourceFile, report } = get();
    if (!sourceFile) return;
    const keep: ImportOptions = {
      ...(report?.encoding ? { encoding: report.encoding } : {}),
      ...(report?.delimiter ? { delimiter: report.delimiter } : {}),
    };
    await get().importFiles([sourceFile], { ...keep, ...options });
  },

  cancelImport: () => {
    get().importing?.controller.abort();
    set({ importing: null });
  },

  loadSample: async () => {
    const url = `${import.meta.env.BASE_URL}samples/${SAMPLE_FILE}`;
    const response = await fetch(url);
    if (!response.ok) {
      const detail = `${response.status} ${response.statusText}`;
      return set({
        importFailure: { fileName: SAMPLE_FILE, error: { code: 'read-failed', detail } },
      });
    }
    const blob = await response.blob();
    await get().importFiles([new File([blob], SAMPLE_FILE, { type: 'text/csv' })]);
  },

  setColumnType: async (columnIndex, type) => {
    const table = get().table;
    const column = table?.columns[columnIndex];
    if (!table || !column || column.type === type) return;
    let retypedColumn: Awaited<ReturnType<typeof retypeColumnInWorker>>;
    try {
      retypedColumn = await retypeColumnInWorker(column, type, table.rowCount);
    } catch (error) {
      const detail = `${column.name}: ${error instanceof Error ? error.message : String(error)}`;
      return set({
        importFailure: { fileName: table.name, error: { code: 'read-failed', detail } },
      });
    }
    const { column: retyped, profile } = retypedColumn;
    if (get().table !== table) return; // a new dataset arrived meanwhile
    const columns = table.columns.map((c, i) => (i === columnIndex ? retyped : c));
    const profiles = get().profiles.map((p, i) => (i === columnIndex ? profile : p));
    const retypedTable = { ...table, columns };
    set({ table: retypedTable, profiles });
    const target = get().targetIndex;
    get().resetSetup(retypedTable);
    if (target !== null) get().setTarget(target);
  },
});
