import type { RawColumn } from '../table';
import type { RecordSummary } from './assembleTable';
import { ColumnBuilder } from './columnBuilder';
import { AsciiWindow, decodeUtf8 } from './fieldText';
import { isBlank, isMissingToken } from './numberScanner';

const INITIAL_CAPACITY = 1024;
/** After this many rows, text columns of mostly distinct values size their tables for the rest. */
const ROWS_BEFORE_SIZING_DICTIONARIES = 8192;
/** Ragged rows listed by line in the warning; the rest are only counted. */
export const MAX_LISTED_RAGGED_ROWS = 20;

/** How a ColumnSet starts: from a header, from the first record, or with known columns. */
export interface ColumnSetLayout {
  readonly hasHeader: boolean;
  /** Known column count: no header is read and no record decides it (a later part of a file). */
  readonly columnCount?: number;
  /** Columns stored as text from the first row on. */
  readonly textColumns?: readonly number[];
}

/**
 * The table being filled: the header record's cells, then one ColumnBuilder per column, the row
 * count, and what the warnings will report (empty lines, ragged rows).
 */
export class ColumnSet implements RecordSummary {
  readonly columns: ColumnBuilder[] = [];
  readonly headerCells: string[] = [];
  readonly raggedLines: number[] = [];
  readonly window = new AsciiWindow();
  raggedCount = 0;
  emptyLines = 0;
  /** Rows completed so far; also the row that fields are written to now. */
  row = 0;
  collectingHeader: boolean;
  private openColumns: boolean; // the first record of a headerless file decides the columns
  private capacity = INITIAL_CAPACITY;
  private readonly textColumns: ReadonlySet<number>;

  constructor(layout: ColumnSetLayout) {
    const known = layout.columnCount !== undefined;
    this.collectingHeader = layout.hasHeader && !known;
    this.openColumns = !layout.hasHeader && !known;
    this.textColumns = new Set(layout.textColumns);
    for (let c = 0; c < (layout.columnCount ?? 0); c++) this.addColumn();
  }

  private addColumn(): ColumnBuilder {
    const column = new ColumnBuilder(this.capacity, this.textColumns.has(this.columns.length));
    this.columns.push(column);
    return column;
  }

  get columnCount(): number {
    return this.columns.length;
  }

  /** The finished columns, trimmed to the rows read. */
  buildColumns(): RawColumn[] {
    return this.columns.map((column) => column.build(this.row));
  }

  /** Sizes storage for about `rows` rows at once, sparing the copies of repeated doubling. */
  reserve(rows: number): void {
    if (rows <= this.capacity) return;
    this.capacity = rows;
    for (const column of this.columns) column.grow(rows);
  }

  /** The column that field number `field` of the current record goes to, if any. */
  columnAt(field: number): ColumnBuilder | null {
    if (this.collectingHeader) return null;
    const column = this.columns[field];
    if (column !== undefined) return column;
    if (!this.openColumns) return null;
    return this.addColumn();
  }

  /** Stores a field that is not a plain number (or a header cell); `text` overrides the bytes. */
  storeText(
    column: ColumnBuilder | null,
    bytes: Uint8Array,
    start: number,
    end: number,
    text?: string,
  ): void {
    if (this.collectingHeader) {
      this.headerCells.push(text ?? decodeUtf8(bytes, start, end));
    } else if (column === null) {
      return; // a field beyond the last column
    } else if (start === end) {
      column.setMissing(this.row);
    } else if (
      column.numeric &&
      (isBlank(bytes, start, end) || isMissingToken(bytes, start, end))
    ) {
      column.values[this.row] = NaN;
      column.sawMissingToken = true;
    } else {
      column.setText(this.row, bytes, start, end, text);
    }
  }

  /** Looks up the text waiting in batches: call before the bytes parsed so far may change. */
  flushLookups(): void {
    for (const column of this.columns) column.flushLookups();
  }

  /** Closes a record of `fieldCount` fields that began on physical line `line`. */
  endRecord(fieldCount: number, line: number): void {
    const columns = this.columns;
    if (this.collectingHeader) {
      this.collectingHeader = false;
      for (let i = 0; i < this.headerCells.length; i++) this.addColumn();
      return;
    }
    if (this.openColumns) this.openColumns = false;
    else if (fieldCount !== columns.length) this.noteRagged(line);
    for (let f = fieldCount; f < columns.length; f++) columns[f]!.setMissing(this.row);
    if (++this.row === this.capacity) {
      this.capacity *= 2;
      for (const column of columns) column.grow(this.capacity);
    }
    if (this.row === ROWS_BEFORE_SIZING_DICTIONARIES) {
      for (const column of columns) column.expectRows(this.row, this.capacity);
    }
  }

  private noteRagged(line: number) {
    if (this.raggedLines.length < MAX_LISTED_RAGGED_ROWS) this.raggedLines.push(line);
    this.raggedCount++;
  }
}
