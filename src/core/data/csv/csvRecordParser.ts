import type { Delimiter, ImportError } from '../importTypes';
import type { ColumnBuilder } from './columnBuilder';
import type { ColumnSet } from './columnSet';
import { countLineBreaks, endsField, findClosingQuote, findFieldEnd } from './csvScanning';
import type { QuoteScan } from './csvScanning';
import { decodeQuoted, decodeUtf8 } from './fieldText';
import { NOT_A_NUMBER, ScanState, decimalMarkByte, isBlank, scanNumber } from './numberScanner';
import { RecordPosition, runPlainFields } from './plainFieldRun';
import type { PlainFieldFormat } from './plainFieldRun';
import { UnquotedBytes } from './unquotedBytes';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A field whose bytes have not all arrived yet: parsing resumes at its start with more bytes. */
const INCOMPLETE = -1;

/**
 * The byte-level state machine: splits fields and records (RFC 4180 quoting, CRLF/LF/CR) and
 * writes each field into its column as soon as it ends. State between calls lives in fields.
 */
export class CsvRecordParser {
  failure: ImportError | null = null;
  private readonly scan: ScanState;
  private readonly quote: QuoteScan = { hasDoubledQuotes: false };
  private readonly unquoted = new UnquotedBytes();
  private readonly at = new RecordPosition();
  private readonly format: PlainFieldFormat;
  private blankLine = false;
  private skipLineFeed = false; // the last bytes ended in CR: an LF next is part of that break

  constructor(
    private readonly table: ColumnSet,
    private readonly delimiter: number,
    private readonly decimalMark: number,
  ) {
    this.scan = new ScanState(table.window);
    this.format = { delimiter, decimalMark, scan: this.scan };
  }

  /** A parser for `delimiter`; a decimal mark equal to it cannot also split fields: point then. */
  static create(table: ColumnSet, delimiter: Delimiter, decimal: '.' | ','): CsvRecordParser {
    const mark = decimal === delimiter ? '.' : decimal;
    return new CsvRecordParser(table, delimiter.charCodeAt(0), decimalMarkByte(mark));
  }

  /** Physical line breaks consumed so far. */
  get lineBreaks(): number {
    return this.at.line - 1;
  }

  /** True when parsing stopped between records (not inside one, nor between CR and LF). */
  get betweenRecords(): boolean {
    return this.at.field === 0 && !this.skipLineFeed;
  }

  /**
   * Parses `bytes[start, end)`; returns where the unfinished field starts (`end` if none).
   * `oneRecord`: stops after the end of the record under way, returning where the next starts.
   */
  parse(bytes: Uint8Array, start: number, end: number, final: boolean, oneRecord = false): number {
    const stop = this.parseFields(bytes, start, end, final, oneRecord);
    // Batched text fields point into `bytes`, which the caller may reuse once this returns.
    this.table.flushLookups();
    return stop;
  }

  private parseFields(
    bytes: Uint8Array,
    start: number,
    end: number,
    final: boolean,
    oneRecord: boolean,
  ): number {
    let pos = start;
    this.table.window.forget();
    if (this.skipLineFeed && pos < end) {
      this.skipLineFeed = false;
      if (bytes[pos] === LF) pos++;
    }
    while (pos < end) {
      if (!oneRecord) pos = runPlainFields(this.table, bytes, pos, end, this.format, this.at);
      if (pos >= end) break;
      if (this.at.field === 0) this.at.recordLine = this.at.line;
      const column = this.table.columnAt(this.at.field);
      let fieldEnd: number;
      if (bytes[pos] === QUOTE) fieldEnd = this.quotedField(bytes, pos, end, final, column);
      else if (column !== null && column.numeric) {
        fieldEnd = this.numberField(bytes, pos, end, final, column);
      } else fieldEnd = this.textField(bytes, pos, end, final, column, pos);
      if (fieldEnd === INCOMPLETE) return pos;
      pos = this.afterField(bytes, fieldEnd, end, final);
      if (oneRecord && this.at.field === 0) return pos;
    }
    if (final && this.at.field > 0) {
      // The file ends right after a delimiter: that last field is empty.
      this.table.storeText(this.table.columnAt(this.at.field), bytes, end, end);
      this.endRecord();
    }
    return pos;
  }

  private numberField(
    bytes: Uint8Array,
    start: number,
    end: number,
    final: boolean,
    column: ColumnBuilder,
  ) {
    const value = scanNumber(bytes, start, end, this.decimalMark, this.scan);
    const stop = this.scan.end;
    if (stop >= end && !final) return INCOMPLETE;
    if (value !== NOT_A_NUMBER && (stop >= end || endsField(bytes[stop], this.delimiter))) {
      column.values[this.table.row] = value;
      return stop;
    }
    return this.textField(bytes, start, end, final, column, stop);
  }

  private textField(
    bytes: Uint8Array,
    start: number,
    end: number,
    final: boolean,
    column: ColumnBuilder | null,
    searchFrom: number,
  ) {
    const fieldEnd = findFieldEnd(bytes, searchFrom, end, this.delimiter);
    if (fieldEnd >= end && !final) return INCOMPLETE;
    const endsRecord = fieldEnd >= end || bytes[fieldEnd] !== this.delimiter;
    if (this.at.field === 0 && endsRecord && isBlank(bytes, start, fieldEnd)) {
      this.blankLine = true;
      return fieldEnd;
    }
    this.table.storeText(column, bytes, start, fieldEnd);
    return fieldEnd;
  }

  private quotedField(
    bytes: Uint8Array,
    start: number,
    end: number,
    final: boolean,
    column: ColumnBuilder | null,
  ) {
    const close = findClosingQuote(bytes, start + 1, end, final, this.quote);
    if (close < 0) {
      if (final) this.failure = { code: 'unterminated-quote', row: this.at.line };
      return INCOMPLETE;
    }
    let fieldEnd = close + 1;
    // Text after the closing quote is kept, as spreadsheet programs do.
    const rest = fieldEnd < end && !endsField(bytes[fieldEnd], this.delimiter);
    if (rest) {
      fieldEnd = findFieldEnd(bytes, fieldEnd, end, this.delimiter);
      if (fieldEnd >= end && !final) return INCOMPLETE;
    }
    this.at.line += countLineBreaks(bytes, start + 1, close);
    if (!rest && !this.quote.hasDoubledQuotes) return this.plainQuoted(bytes, start, close, column);
    if (column !== null && !column.numeric && !this.table.collectingHeader) {
      // A text cell: its unescaped bytes go to the dictionary without becoming a string.
      const restStart = rest ? close + 1 : fieldEnd;
      const length = this.unquoted.write(bytes, start + 1, close, restStart, fieldEnd);
      this.table.storeText(column, this.unquoted.bytes, 0, length);
      return fieldEnd;
    }
    let text = decodeQuoted(bytes, start + 1, close, this.quote.hasDoubledQuotes);
    if (rest) text += decodeUtf8(bytes, close + 1, fieldEnd);
    this.table.storeText(column, bytes, start + 1, fieldEnd, text);
    return fieldEnd;
  }

  /** A quoted field with no doubled quote and nothing after its closing quote. */
  private plainQuoted(
    bytes: Uint8Array,
    start: number,
    close: number,
    column: ColumnBuilder | null,
  ) {
    if (column !== null && column.numeric) {
      const value = scanNumber(bytes, start + 1, close, this.decimalMark, this.scan);
      if (value !== NOT_A_NUMBER && this.scan.end === close) {
        column.values[this.table.row] = value;
        return close + 1;
      }
    }
    this.table.storeText(column, bytes, start + 1, close);
    return close + 1;
  }

  /** Consumes the byte(s) after a field and returns where the next field starts. */
  private afterField(bytes: Uint8Array, fieldEnd: number, end: number, final: boolean): number {
    if (fieldEnd >= end) {
      this.endRecord();
      return end;
    }
    const terminator = bytes[fieldEnd];
    if (terminator === this.delimiter) {
      this.at.field++;
      return fieldEnd + 1;
    }
    this.endRecord();
    this.at.line++;
    // The hot path may take the next record's first fields, so its line is set here.
    this.at.recordLine = this.at.line;
    let next = fieldEnd + 1;
    if (terminator === CR) {
      if (next < end) {
        if (bytes[next] === LF) next++;
      } else if (!final) this.skipLineFeed = true;
    }
    return next;
  }

  private endRecord() {
    const fieldCount = this.at.field + 1;
    this.at.field = 0;
    if (this.blankLine) {
      this.blankLine = false;
      this.table.emptyLines++;
    } else {
      this.table.endRecord(fieldCount, this.at.recordLine);
    }
  }
}
