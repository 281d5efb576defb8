import type { CsvPart, CsvPartTask } from '../core/data/csv/csvPartTypes';
import type { ColumnTypingTask } from '../core/data/csv/typeColumnParts';
import type { TypedColumnOnWire } from '../core/data/csv/typedColumnWire';
import type { ColumnProfile } from '../core/data/profileTypes';

/** A column merged and typed by a part worker (strings packed), with its profile. */
export interface ProfiledColumn {
  readonly typed: TypedColumnOnWire;
  readonly profile: ColumnProfile;
}

/** What a CSV part worker exposes (Comlink): parse one byte range, or type whole columns. */
export interface CsvPartWorkerApi {
  /** Reads the part's bytes from `file` itself; progress is the part's parsed bytes so far. */
  parsePart(
    file: Blob,
    task: CsvPartTask,
    onProgress: (parsedBytes: number) => void,
  ): Promise<CsvPart>;
  /** Merges a column's parts, types and profiles it. */
  typeColumn(task: ColumnTypingTask): Promise<ProfiledColumn>;
}
