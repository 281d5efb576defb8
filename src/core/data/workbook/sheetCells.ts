/** What a cell holds once read; errors (#N/A, #DIV/0!) are stored as empty. */
export const CellKind = {
  Empty: 0,
  Number: 1,
  Date: 2, // value in ms since 1970-01-01 UTC
  Boolean: 3, // value 0 or 1
  Text: 4,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Excel's grid limits (xlsx): 1,048,576 rows by 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Row slots a sheet may hold beyond a fixed multiple of its filled cells (9 bytes each). */
const SLACK_SLOTS = 4 * 1024 * 1024;
const SLOTS_PER_CELL = 64;

/** One column of a sheet as read: slots for rows `base` onwards, grown by doubling. */
export class ColumnCells {
  base = -1;
  kinds = new Uint8Array(16);
  values = new Float64Array(16);
  texts: (string | undefined)[] = [];
  filled = 0;

  kindAt(row: number): number {
    return this.kinds[row - this.base] ?? CellKind.Empty;
  }

  valueAt(row: number): number {
    return this.values[row - this.base] ?? NaN;
  }

  textAt(row: number): string {
    return this.texts[row - this.base] ?? '';
  }

  /** Makes room for `row`; returns how many slots were added. */
  reserve(row: number): number {
    if (this.base < 0) this.base = row;
    if (row < this.base) return this.moveBase(row);
    const index = row - this.base;
    if (index < this.kinds.length) return 0;
    let size = this.kinds.length * 2;
    while (size <= index) size *= 2;
    return this.resize(size, 0);
  }

  /** Rows arrive in order in both formats, so this copy is rare. */
  private moveBase(row: number): number {
    const shift = this.base - row;
    let size = this.kinds.length;
    while (size < this.kinds.length + shift) size *= 2;
    this.base = row;
    this.texts = [...new Array<undefined>(shift), ...this.texts];
    return this.resize(size, shift);
  }

  private resize(size: number, shift: number): number {
    const added = size - this.kinds.length;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds, shift);
    const values = new Float64Array(size);
    values.set(this.values, shift);
    this.kinds = kinds;
    this.values = values;
    return added;
  }
}

/**
 * The cells of one sheet, sparse by column so rows and columns can arrive in any order. Memory is
 * capped relative to the cells held, so a few far-apart cells cannot claim gigabytes.
 * Columns and rows are Arrays of numbers only, never objects keyed by cell text.
 */
export class SheetCells {
  readonly columns: (ColumnCells | undefined)[] = [];
  rowFilled = new Uint8Array(64);
  filledCells = 0;
  /** Set when the cells are spread too thin to hold; the sheet is then refused. */
  tooSparse = false;
  private slots = 0;

  setNumber(row: number, column: number, value: number): void {
    if (!Number.isNaN(value)) this.put(row, column, CellKind.Number, value, undefined);
  }

  setDate(row: number, column: number, ms: number): void {
    if (!Number.isNaN(ms)) this.put(row, column, CellKind.Date, ms, undefined);
  }

  setBoolean(row: number, column: number, value: boolean): void {
    this.put(row, column, CellKind.Boolean, value ? 1 : 0, undefined);
  }

  setText(row: number, column: number, text: string): void {
    if (text !== '') this.put(row, column, CellKind.Text, 0, text);
  }

  private put(
    row: number,
    column: number,
    kind: CellKind,
    value: number,
    text: string | undefined,
  ): void {
    if (this.tooSparse) return;
    let cells = this.columns[column];
    if (cells === undefined) {
      while (this.columns.length < column) this.columns.push(undefined);
      cells = new ColumnCells();
      this.columns[column] = cells;
    }
    this.slots += cells.reserve(row);
    if (this.slots > SLACK_SLOTS + SLOTS_PER_CELL * this.filledCells) {
      this.tooSparse = true;
      return;
    }
    const index = row - cells.base;
    if (cells.kinds[index] === CellKind.Empty) {
      cells.filled += 1;
      this.filledCells += 1;
    }
    cells.kinds[index] = kind;
    cells.values[index] = value;
    if (text !== undefined) cells.texts[index] = text;
    this.markRow(row);
  }

  private markRow(row: number): void {
    if (row >= this.rowFilled.length) {
      let size = this.rowFilled.length * 2;
      while (size <= row) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.rowFilled);
      this.rowFilled = grown;
    }
    this.rowFilled[row] = 1;
  }
}
