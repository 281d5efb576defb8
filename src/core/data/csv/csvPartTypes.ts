import type { Delimiter, ImportError } from '../importTypes';
import type { DictionaryBytes } from './dictionaryText';

/** What every part of one file shares: the dialect and the column layout. */
export interface CsvPartDialect {
  readonly delimiter: Delimiter;
  readonly decimal: '.' | ',';
  readonly hasHeader: boolean;
  /** Columns, as the file's first record (header or not) decides them. */
  readonly columnCount: number;
}

/**
 * One byte range of a UTF-8 file to parse on its own. Offsets are file offsets. A part starts at
 * the first record start at or after `from` (right after the first LF there), or exactly at
 * `from` when `exactStart`; it ends at the first record end at or after where the next part
 * starts, or at the end of the file when `to` is null.
 */
export interface CsvPartTask {
  readonly index: number;
  readonly from: number;
  readonly exactStart: boolean;
  readonly to: number | null;
  readonly dialect: CsvPartDialect;
  /** Columns to store as text from the first row, because an earlier part holds text there. */
  readonly textColumns: readonly number[];
}

/** One column of a part: numbers, or dictionary-encoded text (numbers before `textFromRow`). */
export type CsvPartColumn =
  | {
      readonly kind: 'numbers';
      readonly values: Float64Array;
      /** Every cell was an empty field, which text would hold as empty too. */
      readonly onlyEmptyCells: boolean;
    }
  | {
      readonly kind: 'strings';
      readonly codes: Int32Array;
      /** Distinct values as bytes: strings are made once, after merging. */
      readonly dictionary: DictionaryBytes;
      /** Rows before this one held numbers, turned into text with String(); 0 if none did. */
      readonly textFromRow: number;
    };

/** A parsed part. Line numbers are relative: 1 is the part's first line. */
export interface CsvPart {
  readonly index: number;
  /** File offsets of the first byte parsed and of the byte after the last record. */
  readonly start: number;
  readonly end: number;
  readonly lineBreaks: number;
  /** Data rows (the header is not one). */
  readonly rowCount: number;
  /** The header record's cells (first part of a file with a header), null while incomplete. */
  readonly headerCells: readonly string[] | null;
  /** Mutable so that merging can let go of each column as soon as it is copied. */
  readonly columns: CsvPartColumn[];
  readonly emptyLines: number;
  readonly raggedLines: readonly number[];
  readonly raggedCount: number;
  readonly failure: ImportError | null;
  /** Some bytes of the part are not valid UTF-8. */
  readonly invalidUtf8: boolean;
}

/** The buffers behind a part's columns, to transfer rather than copy between threads. */
export function csvPartBuffers(part: CsvPart): ArrayBuffer[] {
  const buffers = part.columns.flatMap((column) =>
    column.kind === 'numbers'
      ? [column.values.buffer]
      : [column.codes.buffer, column.dictionary.arena.buffer, column.dictionary.offsets.buffer],
  );
  return buffers.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}
