import { ok, type Result } from '../../result';
import { csvReport, detectCsvSetup, finishCsvImport } from '../csvImport';
import type { CsvSetup, ImportedTable } from '../csvImport';
import { detectFileFormat } from '../fileFormat';
import { MAX_COLUMNS, type ImportError, type ImportOptions } from '../importTypes';
import type { CsvPart, CsvPartTask } from './csvPartTypes';
import { mergeParts, type PartsFrame } from './mergeParts';
import { planCsvParts } from './planCsvParts';
import type { ColumnTypingTask, TypedColumn } from './typeColumnParts';

/** How to parse a delimited file in parts: what its first bytes say, and the part tasks. */
export interface CsvPartsPlan {
  readonly setup: CsvSetup;
  readonly tasks: readonly CsvPartTask[];
}

/**
 * A plan to parse a file side by side from its first bytes, or null when it should stream in
 * one go: only delimited UTF-8 (ASCII included) files large enough for it split. Files it cannot
 * read get null too; the stream then says why.
 */
export function planCsvImportParts(
  fileName: string,
  sample: Uint8Array,
  fileSize: number,
  options: ImportOptions,
  maxParts: number,
): CsvPartsPlan | null {
  const format = detectFileFormat(fileName, sample.subarray(0, 8));
  if (!format.ok || format.value !== 'csv') return null;
  const detected = detectCsvSetup(sample, sample.length >= fileSize, options);
  if (!detected.ok || detected.value.guess.encoding !== 'utf-8') return null;
  const setup = detected.value;
  const { bomLength } = setup.guess;
  const dialect = {
    delimiter: setup.delimiter,
    decimal: setup.decimal,
    hasHeader: setup.hasHeader,
  };
  const tasks = planCsvParts(sample.subarray(bomLength), bomLength, fileSize, dialect, maxParts);
  // A file too wide to import streams, which refuses it after its first record.
  const tooWide = (tasks?.[0]?.dialect.columnCount ?? 0) > MAX_COLUMNS;
  return tasks === null || tooWide ? null : { setup, tasks };
}

/** Merges and types, on this thread, the parts a plan's tasks gave (as scheduleParts returns them). */
export function finishCsvParts(
  fileName: string,
  plan: CsvPartsPlan,
  parts: readonly CsvPart[],
): Result<ImportedTable, ImportError> {
  return finishCsvImport(fileName, plan.setup, mergeParts(parts, plan.setup.hasHeader));
}

/** One typing task per column of the parts: each takes that column out of every part. */
export function columnTypingTasks(
  plan: CsvPartsPlan,
  frame: PartsFrame,
  parts: readonly CsvPart[],
): ColumnTypingTask[] {
  const { decimal } = plan.setup;
  return frame.headers.map((header, index) => ({
    index,
    header,
    parts: parts.map((part) => part.columns[index]!),
    rowCount: frame.rowCount,
    decimal,
  }));
}

/** The imported table from columns typed one by one (in workers), as the whole-table path gives it. */
export function finishTypedColumns(
  fileName: string,
  plan: CsvPartsPlan,
  frame: PartsFrame,
  typed: readonly TypedColumn[],
): Result<ImportedTable, ImportError> {
  const inOrder = [...typed].sort((a, b) => a.index - b.index);
  const table = { name: fileName, rowCount: frame.rowCount, columns: inOrder.map((t) => t.column) };
  const warnings = [...frame.warnings, ...inOrder.flatMap((t) => t.warnings)];
  return ok({ table, report: csvReport(fileName, plan.setup, warnings) });
}
