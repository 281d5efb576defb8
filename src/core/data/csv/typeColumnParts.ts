import { buildDataTable } from '../infer/buildDataTable';
import type { ImportWarning } from '../importTypes';
import type { Column } from '../table';
import type { CsvPartColumn } from './csvPartTypes';
import type { DictionaryBytes } from './dictionaryText';
import { rawTextColumn } from './dictionaryDates';
import { mergeColumnPartsAsBytes } from './mergeParts';

/** One column of a file parsed in parts, to merge and type on its own (in a worker, say). */
export interface ColumnTypingTask {
  /** The column's place in the table. */
  readonly index: number;
  readonly header: string;
  /** The column in every part, in order; typing empties it, so merged parts can be freed. */
  readonly parts: CsvPartColumn[];
  readonly rowCount: number;
  readonly decimal: '.' | ',';
}

export interface TypedColumn {
  readonly index: number;
  readonly column: Column;
  /** What typing the column found (values that did not parse). */
  readonly warnings: readonly ImportWarning[];
  /**
   * The raw dictionary's texts as the UTF-8 bytes they were decoded from, when the column has
   * one that typing kept as is: a thread can send these instead of encoding the strings again.
   */
  readonly rawBytes?: DictionaryBytes;
}

/** Merges a column's parts and infers its type, exactly as typing the whole table does. */
export function typeColumnParts(task: ColumnTypingTask): TypedColumn {
  const merged = mergeColumnPartsAsBytes(task.parts.splice(0), task.rowCount);
  const raw = merged.kind === 'numbers' ? merged : rawTextColumn(merged.codes, merged.dictionary);
  const oneColumn = {
    headers: [task.header],
    columns: [raw],
    hints: [null],
    rowCount: task.rowCount,
  };
  const { table, warnings } = buildDataTable('', oneColumn, task.decimal);
  const column = table.columns[0]!;
  const typed = { index: task.index, column, warnings };
  if (merged.kind === 'numbers' || column.raw.kind !== 'strings') return typed;
  // Typing keeps the raw column unless it cut over-long texts, which the bytes would not show.
  if (column.raw !== raw) return typed;
  return { ...typed, rawBytes: merged.dictionary.bytes() };
}

/** The buffers behind a task's column parts, to transfer rather than copy between threads. */
export function columnTypingBuffers(task: ColumnTypingTask): ArrayBuffer[] {
  const buffers = task.parts.flatMap((part) =>
    part.kind === 'numbers'
      ? [part.values.buffer]
      : [part.codes.buffer, part.dictionary.arena.buffer, part.dictionary.offsets.buffer],
  );
  return buffers.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/** Rough work of typing a column: its cells, plus the bytes of its distinct text. */
function typingWork(task: ColumnTypingTask): number {
  let work = 0;
  for (const part of task.parts) {
    if (part.kind === 'numbers') work += part.values.length;
    else work += 2 * part.codes.length + part.dictionary.arena.length;
  }
  return work;
}

/**
 * The tasks, most work first: handed out in this order to whichever worker is free, the
 * longest columns start early and the short ones fill the gaps.
 */
export function byTypingWork(tasks: readonly ColumnTypingTask[]): ColumnTypingTask[] {
  const works = new Map(tasks.map((task) => [task, typingWork(task)]));
  return [...tasks].sort((a, b) => works.get(b)! - works.get(a)!);
}
