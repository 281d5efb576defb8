import type { ColumnSet } from './columnSet';
import { NOT_A_NUMBER, isBlank, scanNumber } from './numberScanner';
import type { ScanState } from './numberScanner';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Returned by the field readers below for a field the run leaves to the record parser. */
const NOT_PLAIN = -1;

/** How a file's fields read: its delimiter and decimal mark bytes, and the number scanner. */
export interface PlainFieldFormat {
  readonly delimiter: number;
  readonly decimalMark: number;
  readonly scan: ScanState;
}

/** Where parsing stands in the file; shared by the record parser and the plain-field run. */
export class RecordPosition {
  /** The field of the current record that the next bytes belong to. */
  field = 0;
  /** Physical line of the next bytes (1-based). */
  line = 1;
  /** Physical line on which the current record began. */
  recordLine = 1;
}

/**
 * The hot path: plain fields record after record, with the state in locals and one reader per
 * column kind. Plain means an unquoted number in a numeric column, or text (unquoted, or quoted
 * with no doubled quote, line break or trailing text) in a text column. Stops before the first
 * field it cannot settle alone and returns its start: the record parser takes that one. A field
 * is stored only once its end is known to be a delimiter or the last field's line break.
 */
export function runPlainFields(
  table: ColumnSet,
  bytes: Uint8Array,
  start: number,
  end: number,
  format: PlainFieldFormat,
  at: RecordPosition,
): number {
  if (table.collectingHeader) return start;
  const { delimiter, decimalMark, scan } = format;
  const columns = table.columns;
  const lastField = columns.length - 1;
  let pos = start;
  let field = at.field;
  while (field <= lastField && pos < end) {
    const column = columns[field]!;
    const numeric = column.numeric;
    let fieldStart = pos;
    let fieldEnd: number;
    let value = 0;
    if (numeric) {
      value = scanNumber(bytes, pos, end, decimalMark, scan);
      fieldEnd = scan.end;
      if (value === NOT_A_NUMBER) {
        const byte = bytes[pos];
        const empty = byte === delimiter || byte === LF || byte === CR;
        value = NaN;
        fieldEnd = empty ? pos : NOT_PLAIN;
      }
    } else if (bytes[pos] === QUOTE) {
      fieldStart = pos + 1;
      fieldEnd = closingQuote(bytes, fieldStart, end);
    } else {
      fieldEnd = unquotedEnd(bytes, pos, end, delimiter);
    }
    // The byte after the terminator must be here too, to tell CRLF from a lone CR.
    if (fieldEnd === NOT_PLAIN || fieldEnd + 1 >= end) break;
    const next = fieldStart === pos ? fieldEnd : fieldEnd + 1; // past a closing quote
    const terminator = bytes[next];
    const endsRecord = terminator === LF || terminator === CR;
    if (endsRecord) {
      // A shorter record, or a blank line, is the record parser's to report.
      if (field !== lastField || (field === 0 && isBlank(bytes, fieldStart, fieldEnd))) break;
    } else if (terminator !== delimiter || field === lastField) break;
    if (next + 1 >= end) break;
    const row = table.row;
    if (numeric) column.values[row] = value;
    else column.setTextBytes(row, bytes, fieldStart, fieldEnd);
    pos = next + 1;
    if (endsRecord) {
      if (terminator === CR && bytes[pos] === LF) pos++;
      table.endRecord(field + 1, at.recordLine);
      at.line++;
      at.recordLine = at.line;
      field = 0;
    } else field++;
  }
  at.field = field;
  return pos;
}

/** The delimiter, CR or LF that ends an unquoted field starting at `start`, or NOT_PLAIN. */
function unquotedEnd(bytes: Uint8Array, start: number, end: number, delimiter: number): number {
  for (let p = start; p < end; p++) {
    const byte = bytes[p]!;
    if (byte === delimiter || byte === LF || byte === CR) return p;
  }
  return NOT_PLAIN;
}

/** The closing quote of a quoted field whose inside starts at `start`, or NOT_PLAIN. */
function closingQuote(bytes: Uint8Array, start: number, end: number): number {
  for (let p = start; p < end; p++) {
    const byte = bytes[p]!;
    if (byte === QUOTE) return bytes[p + 1] === QUOTE ? NOT_PLAIN : p;
    if (byte === LF || byte === CR) return NOT_PLAIN; // the record parser counts the lines
  }
  return NOT_PLAIN;
}
