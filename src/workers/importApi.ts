import type { ColumnsOnWire } from '../core/data/columnsOnWire';
import type { ImportedTable } from '../core/data/csvImport';
import type { ImportError, ImportOptions, ImportReport } from '../core/data/importTypes';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { Column, ColumnType } from '../core/data/table';
import type { PackedTexts } from '../core/data/textsForRetype';
import type { PiiFinding } from '../core/pii/piiTypes';
import type { Result } from '../core/result';
import type { ImportFault } from './faultPlan';

/** An imported table with what the worker worked out about it: profiles and personal data. */
export interface ImportedDataset extends ImportedTable {
  readonly profiles: readonly ColumnProfile[];
  readonly piiFindings: readonly PiiFinding[];
}

/** An imported dataset as it crosses from the worker: its columns packed (see columnsOnWire). */
export interface ImportedDatasetOnWire {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: ColumnsOnWire;
  readonly report: ImportReport;
  readonly profiles: readonly ColumnProfile[];
  readonly piiFindings: readonly PiiFinding[];
}

export interface RetypedColumn {
  readonly column: Column;
  readonly profile: ColumnProfile;
  readonly unparsed: number;
}

/** A retyped column as it crosses from the worker. */
export interface RetypedColumnOnWire extends Omit<RetypedColumn, 'column'> {
  readonly column: ColumnsOnWire;
}

/** What the import worker exposes (Comlink). Progress is a fraction 0..1 of bytes read. */
export interface ImportWorkerApi {
  /** Holds a Web Lock named `name` until the worker ends (see lifeline.ts). */
  holdLifeline(name: string): Promise<void>;
  /** `fault` is a test hook (see faultPlan.ts); it is null in normal use. */
  importFile(
    file: File,
    options: ImportOptions,
    onProgress: (fraction: number) => void,
    fault?: ImportFault | null,
  ): Promise<Result<ImportedDatasetOnWire, ImportError>>;
  /** `texts`: the column's raw texts as packed bytes when they were still packed (textsForRetype). */
  retypeColumn(
    column: Column,
    type: ColumnType,
    rowCount: number,
    texts: PackedTexts | null,
  ): Promise<RetypedColumnOnWire>;
}
