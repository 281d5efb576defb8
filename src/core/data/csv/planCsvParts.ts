import { ColumnSet } from './columnSet';
import type { CsvPartDialect, CsvPartTask } from './csvPartTypes';
import { CsvRecordParser } from './csvRecordParser';

const LF = 10;
/** Smaller files parse faster in one go than the workers take to start. */
export const MIN_SPLIT_BYTES = 8 * 1024 * 1024;
/** Parts are at least this long; being far longer than a sample, none starts inside the header. */
const MIN_PART_BYTES = 2 * 1024 * 1024;

/** The dialect as the import sniffed it, before the column count is known. */
export type SniffedDialect = Omit<CsvPartDialect, 'columnCount'>;

/**
 * Columns of the file's first record (the header, or the first data row without one), read from
 * UTF-8 bytes at the start of the file (`complete`: all of it); null when they end inside it.
 */
export function firstRecordColumns(
  utf8Start: Uint8Array,
  dialect: SniffedDialect,
  complete = false,
): number | null {
  const table = new ColumnSet({ hasHeader: dialect.hasHeader });
  const parser = CsvRecordParser.create(table, dialect.delimiter, dialect.decimal);
  parser.parse(utf8Start, 0, utf8Start.length, complete);
  const done = dialect.hasHeader ? !table.collectingHeader : table.row > 0;
  return done && table.columnCount > 0 ? table.columnCount : null;
}

/**
 * Part tasks for a UTF-8 file whose data starts at `dataStart` (after a byte-order mark): one
 * per cut, each cut a file offset where the search for a part's first record starts.
 */
export function tasksForCuts(
  dialect: CsvPartDialect,
  dataStart: number,
  cuts: readonly number[],
): CsvPartTask[] {
  const froms = [dataStart, ...cuts];
  return froms.map((from, index) => ({
    index,
    from,
    exactStart: index === 0,
    to: froms[index + 1] ?? null,
    dialect,
    textColumns: [],
  }));
}

/**
 * Splits a UTF-8 file of `fileSize` bytes into at most `maxParts` parts of equal length, or
 * returns null when splitting does not pay or cannot work: a small file, one part, a sample
 * (the file's first bytes, after any byte-order mark) without LF line breaks or whose first
 * record it does not hold whole.
 */
export function planCsvParts(
  utf8Sample: Uint8Array,
  dataStart: number,
  fileSize: number,
  dialect: SniffedDialect,
  maxParts: number,
): CsvPartTask[] | null {
  const dataBytes = fileSize - dataStart;
  const partCount = Math.min(Math.floor(maxParts), Math.floor(dataBytes / MIN_PART_BYTES));
  if (fileSize < MIN_SPLIT_BYTES || partCount < 2 || !utf8Sample.includes(LF)) return null;
  const columnCount = firstRecordColumns(utf8Sample, dialect);
  if (columnCount === null) return null;
  const cuts = Array.from({ length: partCount - 1 }, (_, i) =>
    Math.round(dataStart + ((i + 1) * dataBytes) / partCount),
  );
  return tasksForCuts({ ...dialect, columnCount }, dataStart, cuts);
}
