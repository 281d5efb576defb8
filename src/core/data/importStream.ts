import { fail, type Result } from '../result';
import type { CsvPart, CsvPartTask } from './csv/csvPartTypes';
import { runParts, scheduleParts } from './csv/scheduleParts';
import {
  columnTypingTasks,
  finishCsvParts,
  finishTypedColumns,
  planCsvImportParts,
  type CsvPartsPlan,
} from './csv/csvPartsImport';
import { frameParts } from './csv/mergeParts';
import type { ColumnTypingTask, TypedColumn } from './csv/typeColumnParts';
import { CsvImport, type ImportedTable } from './csvImport';
import { detectFileFormat } from './fileFormat';
import { DEFAULT_MAX_BYTES, type ImportError, type ImportOptions } from './importTypes';
import { importWorkbook } from './workbookImport';

/** Bytes the encoding and dialect are read from. */
export const SAMPLE_BYTES = 65536;

/** Runs part tasks side by side (workers), reporting each task's parsed bytes as they grow. */
export type CsvPartRunner = (
  tasks: readonly CsvPartTask[],
  onProgress: (task: CsvPartTask, parsedBytes: number) => void,
) => Promise<CsvPart[]>;

/** Merges and types columns side by side (workers); resolves with them in any order. */
export type ColumnTyper = (tasks: readonly ColumnTypingTask[]) => Promise<TypedColumn[]>;

/** What lets a delimited file be parsed in parts side by side. */
export interface PartParsing {
  /** The file's first SAMPLE_BYTES bytes (all of a smaller file). */
  readonly sample: Uint8Array;
  /** Parts at most; below 2 the file streams in one go. */
  readonly maxParts: number;
  readonly runParts: CsvPartRunner;
  /** When absent, the parts are merged and typed on this thread. */
  readonly typeColumns?: ColumnTyper;
}

/** Merges the parts and types the table, column by column on `typeColumns` when given. */
async function finishParts(
  fileName: string,
  plan: CsvPartsPlan,
  parts: CsvPart[],
  typeColumns: ColumnTyper | undefined,
): Promise<Result<ImportedTable, ImportError>> {
  if (typeColumns === undefined) return finishCsvParts(fileName, plan, parts);
  const frame = frameParts(parts, plan.setup.hasHeader);
  if (!frame.ok) return frame;
  const typed = await typeColumns(columnTypingTasks(plan, frame.value, parts));
  return finishTypedColumns(fileName, plan, frame.value, typed);
}

/**
 * Parses a large UTF-8 delimited file in parts side by side, or returns null to stream it in one
 * go (another format or encoding, a small file, a sample that says nothing, a runner failure).
 */
async function importInParts(
  fileName: string,
  size: number,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
  parsing: PartParsing,
): Promise<Result<ImportedTable, ImportError> | null> {
  const plan = planCsvImportParts(fileName, parsing.sample, size, options, parsing.maxParts);
  if (plan === null) return null;
  const parsedBytes = new Map<number, number>();
  let reported = 0;
  const onPartProgress = (task: CsvPartTask, bytes: number) => {
    parsedBytes.set(task.index, bytes);
    const fraction = Math.min(1, [...parsedBytes.values()].reduce((a, b) => a + b, 0) / size);
    if (fraction > reported) onProgress((reported = fraction));
  };
  try {
    const runBatch = (batch: readonly CsvPartTask[]) => parsing.runParts(batch, onPartProgress);
    const parts = await runParts(scheduleParts(plan.tasks), runBatch);
    onProgress(1);
    return await finishParts(fileName, plan, parts, parsing.typeColumns);
  } catch {
    return null; // workers could not run here: the one-go stream still can
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Imports a file delivered as a stream of byte chunks. Delimited text is parsed as it arrives, or
 * in parts side by side when `parsing` is given and the file allows it; workbooks (zip or
 * compound files) need every byte first. Reports progress as a 0..1 fraction.
 */
export async function importWithProgress(
  fileName: string,
  size: number,
  chunks: AsyncIterable<Uint8Array>,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
  parsing?: PartParsing,
): Promise<Result<ImportedTable, ImportError>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return fail({ code: 'too-large', bytes: size, maxBytes });
  if (size === 0) return fail({ code: 'empty-file' });
  if (parsing !== undefined && parsing.maxParts >= 2) {
    const inParts = await importInParts(fileName, size, options, onProgress, parsing);
    if (inParts !== null) return inParts;
  }
  const held: Uint8Array[] = [];
  let read = 0;
  let csv: CsvImport | null = null;
  let workbook: 'xlsx' | 'xls' | null = null;
  for await (const chunk of chunks) {
    if (read === 0) {
      const format = detectFileFormat(fileName, chunk.subarray(0, 8));
      if (!format.ok) return format;
      if (format.value === 'csv') {
        const sample = chunk.subarray(0, SAMPLE_BYTES);
        const started = CsvImport.start(fileName, sample, chunk.length >= size, options);
        if (!started.ok) return started;
        csv = started.value;
      } else workbook = format.value;
    }
    read += chunk.length;
    if (csv) {
      const pushed = csv.push(chunk);
      if (!pushed.ok) return pushed;
    } else held.push(chunk);
    onProgress(Math.min(1, read / size));
  }
  if (csv) return csv.finish();
  if (workbook) return importWorkbook(concat(held, read), fileName, workbook, options);
  return fail({ code: 'empty-file' });
}
