import type { ImportedTable } from '../core/data/csvImport';
import type { ImportError, ImportOptions } from '../core/data/importTypes';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { Column, ColumnType } from '../core/data/table';
import type { Result } from '../core/result';
import type { ImportFault } from './faultPlan';

export interface ImportedDataset extends ImportedTable {
  readonly profiles: readonly ColumnProfile[];
}

export interface RetypedColumn {
  readonly column: Column;
  readonly profile: ColumnProfile;
  readonly unparsed: number;
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
  ): Promise<Result<ImportedDataset, ImportError>>;
  retypeColumn(column: Column, type: ColumnType, rowCount: number): Promise<RetypedColumn>;
}
