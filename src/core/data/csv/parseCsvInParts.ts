import type { CsvParseResult } from './assembleTable';
import { NEEDS_MORE_BYTES, parseCsvPart, type PartProgress } from './csvPartParser';
import type { CsvPart, CsvPartTask } from './csvPartTypes';
import { parseCsvBytes, type CsvParseOptions } from './csvTableBuilder';
import { mergeParts } from './mergeParts';
import { firstRecordColumns, tasksForCuts } from './planCsvParts';
import { runPartsSync, scheduleParts } from './scheduleParts';

/**
 * Parses UTF-8 bytes held in memory as parts that start searching for their first record at
 * `cuts`, one after another; the result is the one parseCsvBytes gives (tests, benchmarks).
 */
export function parseCsvBytesInParts(
  bytes: Uint8Array,
  options: CsvParseOptions,
  cuts: readonly number[],
): CsvParseResult {
  const { delimiter, decimal, hasHeader } = options;
  const columnCount = firstRecordColumns(bytes, { delimiter, decimal, hasHeader }, true);
  if (columnCount === null) return parseCsvBytes(bytes, options);
  const tasks = tasksForCuts({ delimiter, decimal, hasHeader, columnCount }, 0, cuts);
  const parts = runPartsSync(scheduleParts(tasks), (batch) =>
    batch.map((task) => parsePartInMemory(bytes, task)),
  );
  return mergeParts(parts, hasHeader);
}

/** One part of a file held whole in `bytes`. */
export function parsePartInMemory(bytes: Uint8Array, task: CsvPartTask): CsvPart {
  const part = parseCsvPart(bytes, 0, task, true);
  if (part === NEEDS_MORE_BYTES) throw new Error('a part of a whole file cannot need more bytes');
  return part;
}

/** Reads bytes `[start, end)` of a file. */
export type ReadFileRange = (start: number, end: number) => Promise<Uint8Array>;

/** Bytes read past a part's nominal end, to finish its last record; grows when that is short. */
const FIRST_OVERREAD = 1 << 16;

/**
 * Parses one part of a file of `fileSize` bytes that `read` gives: its range and a little more,
 * more again in the rare case of a record that runs on past that.
 */
export async function parsePartOfFile(
  task: CsvPartTask,
  fileSize: number,
  read: ReadFileRange,
  onProgress?: PartProgress,
): Promise<CsvPart> {
  for (let overread = FIRST_OVERREAD; ; overread *= 16) {
    const end = task.to === null ? fileSize : Math.min(fileSize, task.to + overread);
    const bytes = await read(task.from, end);
    const part = parseCsvPart(bytes, task.from, task, end >= fileSize, onProgress);
    if (part !== NEEDS_MORE_BYTES) return part;
  }
}
