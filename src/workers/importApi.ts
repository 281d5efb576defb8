import type { ImportedTable } from '../core/data/csvImport';
import type { ImportError, ImportOptions } from '../core/data/importTypes';
import type { ColumnProfile } from '../core/data/profileTypes';
import type { Column, ColumnType } from '../core/data/table';
import type { Result } from '../core/result';

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
  importFile(
    file: File,
    options: ImportOptions,
    onProgress: (fraction: number) => void,
  ): Promise<Result<ImportedDataset, ImportError>>;
  retypeColumn(column: Column, type: ColumnType, rowCount: number): Promise<RetypedColumn>;
}
