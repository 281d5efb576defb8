import { isAscii } from '../encoding/byteSignals';
import { ColumnSet } from './columnSet';
import type { CsvPart, CsvPartTask } from './csvPartTypes';
import { CsvRecordParser } from './csvRecordParser';
import { estimateRowCount } from './csvScanning';

const LF = 10;
/** Parsing goes in steps of this many bytes, with a progress report after each. */
const STEP_BYTES = 1 << 22;

/** Returned when the bytes given end before the part does: call again with more of the file. */
export const NEEDS_MORE_BYTES = 'needs-more-bytes' as const;

/** Reports how many bytes of the part have been parsed so far. */
export type PartProgress = (parsedBytes: number) => void;

/** Index just after the first LF at or after `from`, or -1 when `bytes` hold none there. */
export function recordStartAfter(bytes: Uint8Array, from: number): number {
  const lineFeed = bytes.indexOf(LF, Math.max(0, from));
  return lineFeed < 0 ? -1 : lineFeed + 1;
}

/** Where the part starts in `bytes`, or null when they end before its first record. */
function findStart(bytes: Uint8Array, task: CsvPartTask, offset: number, toEof: boolean) {
  if (task.exactStart) return Math.min(task.from - offset, bytes.length);
  const start = recordStartAfter(bytes, task.from - offset);
  if (start >= 0) return start;
  return toEof ? bytes.length : null;
}

/** Where the next part starts in `bytes`, or null when they end before it. */
function findNominalEnd(bytes: Uint8Array, task: CsvPartTask, offset: number, toEof: boolean) {
  if (task.to === null) return toEof ? bytes.length : null;
  const end = recordStartAfter(bytes, task.to - offset);
  if (end >= 0) return end;
  return toEof ? bytes.length : null;
}

function newColumnSet(task: CsvPartTask): ColumnSet {
  const { hasHeader, columnCount } = task.dialect;
  const textColumns = task.textColumns;
  // The first part reads the header (or the first record) itself, exactly as a whole-file parse.
  return new ColumnSet(
    task.index === 0 ? { hasHeader, textColumns } : { hasHeader, columnCount, textColumns },
  );
}

/**
 * Parses records from `start` until the first record end at or after `nominalEnd`. Returns where
 * the part ends, or null when the bytes run out first (and do not reach the end of the file).
 */
function parseRecords(
  parser: CsvRecordParser,
  bytes: Uint8Array,
  range: { start: number; nominalEnd: number; toEof: boolean },
  onProgress: PartProgress | undefined,
): number | null {
  let pos = range.start;
  let reached = range.start;
  while (reached < range.nominalEnd) {
    reached = Math.min(range.nominalEnd, reached + STEP_BYTES);
    pos = parser.parse(bytes, pos, reached, false);
    onProgress?.(reached - range.start);
  }
  if (pos === reached && parser.betweenRecords) return reached;
  // The record under way (a quoted line break, most likely) runs past the nominal end: finish it.
  const next = parser.parse(bytes, pos, bytes.length, range.toEof, true);
  if (parser.failure !== null) return bytes.length;
  if (next > pos && parser.betweenRecords) return next;
  return range.toEof ? bytes.length : null;
}

/**
 * Parses one part of a UTF-8 file. `bytes` hold the file from offset `offset` on, up to its end
 * when `toEof`; NEEDS_MORE_BYTES means the part goes on past them.
 */
export function parseCsvPart(
  bytes: Uint8Array,
  offset: number,
  task: CsvPartTask,
  toEof: boolean,
  onProgress?: PartProgress,
): CsvPart | typeof NEEDS_MORE_BYTES {
  const start = findStart(bytes, task, offset, toEof);
  const nominalEnd = findNominalEnd(bytes, task, offset, toEof);
  if (start === null || nominalEnd === null) return NEEDS_MORE_BYTES;
  const table = newColumnSet(task);
  const { delimiter, decimal } = task.dialect;
  const parser = CsvRecordParser.create(table, delimiter, decimal);
  let end = start;
  if (nominalEnd > start) {
    table.reserve(estimateRowCount(bytes.subarray(start, nominalEnd), nominalEnd - start));
    const parsedTo = parseRecords(parser, bytes, { start, nominalEnd, toEof }, onProgress);
    if (parsedTo === null) return NEEDS_MORE_BYTES;
    end = parsedTo;
  }
  return {
    index: task.index,
    start: offset + start,
    end: offset + end,
    lineBreaks: parser.lineBreaks,
    rowCount: table.row,
    headerCells: table.collectingHeader ? null : table.headerCells,
    columns: table.columns.map((column) => column.buildPart(table.row)),
    emptyLines: table.emptyLines,
    raggedLines: table.raggedLines,
    raggedCount: table.raggedCount,
    failure: parser.failure,
    invalidUtf8: !isUtf8(bytes.subarray(start, end)),
  };
}

/** True when `bytes` are valid UTF-8; ASCII steps skip the decoder. */
function isUtf8(bytes: Uint8Array): boolean {
  const validator = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const flush = new Uint8Array(0);
  try {
    for (let at = 0; at < bytes.length; at += STEP_BYTES) {
      const step = bytes.subarray(at, at + STEP_BYTES);
      // An ASCII step cannot finish a character cut at the end of the step before: flush first.
      if (isAscii(step)) validator.decode(flush);
      else validator.decode(step, { stream: true });
    }
    validator.decode(flush);
    return true;
  } catch {
    return false;
  }
}
