import { ColumnBuilder } from './columnBuilder';
import { AsciiWindow, decodeUtf8 } from './fieldText';
import { isBlank, isMissingToken } from './numberScanner';

const INITIAL_CAPACITY = 1024;
const MAX_LISTED_RAGGED_ROWS = 20;

/**
 * The table being filled: the header record's cells, then one ColumnBuilder per column, the row
 * count, and what the warnings will report (empty lines, ragged rows).
 */
export class ColumnSet {
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

  constructor(hasHeader: boolean) {
    this.collectingHeader = hasHeader;
    this.openColumns = !hasHeader;
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
    const created = new ColumnBuilder(this.capacity);
    this.columns.push(created);
    return created;
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
    } else {
      column.setText(this.row, bytes, start, end, this.window, text);
    }
  }

  /** Closes a record of `fieldCount` fields that began on physical line `line`. */
  endRecord(fieldCount: number, line: number): void {
    const columns = this.columns;
    if (this.collectingHeader) {
      this.collectingHeader = false;
      for (let i = 0; i < this.headerCells.length; i++)
        columns.push(new ColumnBuilder(this.capacity));
      return;
    }
    if (this.openColumns) this.openColumns = false;
    else if (fieldCount !== columns.length) this.noteRagged(line);
    for (let f = fieldCount; f < columns.length; f++) columns[f]!.setMissing(this.row);
    if (++this.row === this.capacity) {
      this.capacity *= 2;
      for (const column of columns) column.grow(this.capacity);
    }
  }

  private noteRagged(line: number) {
    if (this.raggedLines.length < MAX_LISTED_RAGGED_ROWS) this.raggedLines.push(line);
    this.raggedCount++;
  }
}
