import { decodeRk, f64, RECORD, RecordCursor, u16, u32 } from './biffRecords';
import { ContinuedReader } from './biffStrings';
import { excelSerialToMs } from './excelDates';
import { SheetCells } from './sheetCells';

/** What a worksheet's cell records refer to in the workbook globals. */
export interface XlsContext {
  readonly sharedStrings: readonly string[];
  readonly dateXfs: Uint8Array; // 1 where the XF (cell format) index shows a date
  readonly date1904: boolean;
}

const FORMULA_STRING = 0;
const FORMULA_BOOLEAN = 1;

class XlsSheetReader {
  readonly cells = new SheetCells();
  private pendingString: { row: number; column: number } | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly context: XlsContext,
  ) {}

  number(row: number, column: number, xf: number, value: number): void {
    if (this.context.dateXfs[xf] === 1)
      this.cells.setDate(row, column, excelSerialToMs(value, this.context.date1904));
    else this.cells.setNumber(row, column, value);
  }

  /** Dispatches one cell record; `cursor` may be advanced past CONTINUE records. */
  record(cursor: RecordCursor): void {
    const { bytes } = this;
    const at = cursor.start;
    const row = u16(bytes, at);
    const column = u16(bytes, at + 2);
    const xf = u16(bytes, at + 4);
    switch (cursor.type) {
      case RECORD.LABELSST: {
        const text = this.context.sharedStrings[u32(bytes, at + 6)];
        if (text !== undefined) this.cells.setText(row, column, text);
        break;
      }
      case RECORD.LABEL:
      case RECORD.RSTRING: {
        const ranges = cursor.withContinues();
        ranges[0] = [at + 6, ranges[0]?.[1] ?? at + 6];
        this.cells.setText(row, column, new ContinuedReader(bytes, ranges).unicodeString());
        break;
      }
      case RECORD.NUMBER:
        this.number(row, column, xf, f64(bytes, at + 6));
        break;
      case RECORD.RK:
        this.number(row, column, xf, decodeRk(u32(bytes, at + 6)));
        break;
      case RECORD.MULRK:
        for (let i = 0, p = at + 4; p + 6 <= at + cursor.length - 2; i += 1, p += 6) {
          this.number(row, column + i, u16(bytes, p), decodeRk(u32(bytes, p + 2)));
        }
        break;
      case RECORD.BOOLERR:
        if (bytes[at + 7] === 0) this.cells.setBoolean(row, column, bytes[at + 6] !== 0);
        break;
      case RECORD.FORMULA:
        this.formula(row, column, xf, at);
        break;
      case RECORD.STRING:
        this.formulaString(cursor);
        break;
    }
  }

  /** A formula's cached result: a number, or a tag saying string / boolean / error / empty. */
  private formula(row: number, column: number, xf: number, at: number): void {
    const { bytes } = this;
    this.pendingString = null;
    if (u16(bytes, at + 12) !== 0xffff) {
      this.number(row, column, xf, f64(bytes, at + 6));
      return;
    }
    const resultType = bytes[at + 6];
    if (resultType === FORMULA_STRING) this.pendingString = { row, column };
    else if (resultType === FORMULA_BOOLEAN)
      this.cells.setBoolean(row, column, bytes[at + 8] !== 0);
  }

  /** The STRING record that follows a formula whose result is text. */
  private formulaString(cursor: RecordCursor): void {
    const target = this.pendingString;
    const ranges = cursor.withContinues();
    if (target === null) return;
    this.pendingString = null;
    this.cells.setText(
      target.row,
      target.column,
      new ContinuedReader(this.bytes, ranges).unicodeString(),
    );
  }
}

/**
 * Reads the cells of the worksheet substream that starts at `offset` (its BOF record). Charts
 * embedded in the sheet have their own BOF..EOF inside it and are skipped. Null when cut short.
 */
export function readXlsSheet(
  bytes: Uint8Array,
  offset: number,
  context: XlsContext,
): SheetCells | null {
  const cursor = new RecordCursor(bytes, offset);
  if (!cursor.next() || cursor.type !== RECORD.BOF) return null;
  const reader = new XlsSheetReader(bytes, context);
  let depth = 0;
  while (cursor.next()) {
    if (cursor.type === RECORD.BOF) depth += 1;
    else if (cursor.type === RECORD.EOF) {
      if (depth === 0) return reader.cells;
      depth -= 1;
    } else if (depth === 0) reader.record(cursor);
  }
  return cursor.truncated ? null : reader.cells;
}
