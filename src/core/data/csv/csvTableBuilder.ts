import type { Delimiter } from '../importTypes';
import { assembleTable } from './assembleTable';
import type { CsvParseResult } from './assembleTable';
import { ColumnSet } from './columnSet';
import { CsvRecordParser } from './csvRecordParser';
import { estimateRowCount } from './csvScanning';

const LF = 10;

export type { CsvParseResult } from './assembleTable';

export interface CsvParseOptions {
  readonly delimiter: Delimiter;
  readonly decimal: '.' | ',';
  readonly hasHeader: boolean;
  /** Total UTF-8 bytes to come, when known: column storage is then sized once from it. */
  readonly expectedBytes?: number;
}

/**
 * Streaming CSV/TSV parser: push UTF-8 chunks split anywhere, then finish(). Fields go straight
 * into columns as they end; only the unfinished tail of a chunk is kept for the next one.
 */
export class CsvTableBuilder {
  private readonly table: ColumnSet;
  private readonly parser: CsvRecordParser;
  private pending = new Uint8Array(0);
  private pendingLength = 0;
  private sized: boolean;

  constructor(private readonly options: CsvParseOptions) {
    this.table = new ColumnSet({ hasHeader: options.hasHeader });
    this.parser = CsvRecordParser.create(this.table, options.delimiter, options.decimal);
    this.sized = options.expectedBytes === undefined;
  }

  /** Columns found so far (the header's, or the widest row's without one). */
  get columnCount(): number {
    return this.table.columnCount;
  }

  /** Parses what it can of the next chunk; keeps the unfinished last field for the next call. */
  push(chunk: Uint8Array): void {
    if (this.parser.failure !== null || chunk.length === 0) return;
    if (!this.sized) {
      this.sized = true;
      this.table.reserve(estimateRowCount(chunk, this.options.expectedBytes ?? 0));
    }
    let from = 0;
    if (this.pendingLength > 0) {
      // Finish the split field copying as little as possible: up to the chunk's first line break.
      const lineEnd = chunk.indexOf(LF);
      from = lineEnd < 0 ? chunk.length : lineEnd + 1;
      this.appendPending(chunk.subarray(0, from));
      this.parsePending();
      if (this.pendingLength > 0 && from < chunk.length) {
        // That line break was inside quotes: the split field goes on past it.
        this.appendPending(chunk.subarray(from));
        this.parsePending();
        return;
      }
    }
    if (from < chunk.length) {
      this.keepPending(chunk, this.parser.parse(chunk, from, chunk.length, false), chunk.length);
    }
  }

  private parsePending() {
    const stop = this.parser.parse(this.pending, 0, this.pendingLength, false);
    this.keepPending(this.pending, stop, this.pendingLength);
  }

  /** Parses the rest as the end of the file and returns the table or why there is none. */
  finish(): CsvParseResult {
    if (this.parser.failure === null) {
      this.parser.parse(this.pending, 0, this.pendingLength, true);
      this.pendingLength = 0;
    }
    if (this.parser.failure !== null) return { ok: false, error: this.parser.failure };
    return assembleTable(this.table, this.options.hasHeader, () => this.table.buildColumns());
  }

  private appendPending(chunk: Uint8Array) {
    const needed = this.pendingLength + chunk.length;
    if (needed > this.pending.length) {
      const grown = new Uint8Array(Math.max(needed, this.pending.length * 2));
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    this.pending.set(chunk, this.pendingLength);
    this.pendingLength = needed;
  }

  /** Keeps `bytes[from, to)`, the unfinished field, at the start of the pending buffer. */
  private keepPending(bytes: Uint8Array, from: number, to: number) {
    const length = to - from;
    if (bytes === this.pending) this.pending.copyWithin(0, from, to);
    else if (length > 0) {
      if (length > this.pending.length) this.pending = new Uint8Array(Math.max(length, 1024));
      this.pending.set(bytes.subarray(from, to));
    }
    this.pendingLength = length;
  }
}

/** Parses a whole file held in memory (tests, small inputs). */
export function parseCsvBytes(bytes: Uint8Array, options: CsvParseOptions): CsvParseResult {
  const builder = new CsvTableBuilder({ expectedBytes: bytes.length, ...options });
  builder.push(bytes);
  return builder.finish();
}

/** Parses a file that arrives as several chunks, split anywhere. */
export function parseCsvChunks(
  chunks: readonly Uint8Array[],
  options: CsvParseOptions,
): CsvParseResult {
  const builder = new CsvTableBuilder(options);
  for (const chunk of chunks) builder.push(chunk);
  return builder.finish();
}
