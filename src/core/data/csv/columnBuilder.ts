import type { RawColumn } from '../table';
import type { CsvPartColumn } from './csvPartTypes';
import { ByteDictionary, grownInt32 } from './byteDictionary';
import { rawTextColumn } from './dictionaryDates';
import { LookupBatch } from './lookupBatch';

const NO_CODES = new Int32Array(0);
const NO_VALUES = new Float64Array(0);
/** Fewer text rows than this say too little about how many distinct values are to come. */
const MIN_ROWS_TO_JUDGE = 4096;

/**
 * One column being filled row by row. It starts as numbers and switches for good to
 * dictionary-encoded strings at the first value that is not a plain number.
 */
export class ColumnBuilder {
  numeric = true;
  /** Numbers mode: the values so far (NaN = empty). The parser writes into it directly. */
  values: Float64Array;
  /** The row from which values are stored as their own text (earlier rows were numbers). */
  textFromRow = -1;
  /** A blank or a missing token ("NA") became NaN here: as text it would have kept its text. */
  sawMissingToken = false;
  private codes: Int32Array = NO_CODES;
  private dictionary: ByteDictionary | null = null;
  /** Fields waiting for their codes, in a column of mostly distinct values; else null. */
  private batch: LookupBatch | null = null;

  /** `asText`: store every value as text from the first row, as a column that already switched. */
  constructor(capacity: number, asText = false) {
    this.values = new Float64Array(asText ? 0 : capacity);
    if (asText) this.switchToStrings(0, capacity);
  }

  /** Makes room for `capacity` rows, keeping what is there. */
  grow(capacity: number): void {
    if (this.numeric) {
      const values = new Float64Array(capacity);
      values.set(this.values);
      this.values = values;
    } else {
      this.codes = grownInt32(this.codes, capacity);
    }
  }

  setMissing(row: number): void {
    if (this.numeric) this.values[row] = NaN;
    else this.codes[row] = -1;
  }

  /** Stores a value that is not a plain number: its bytes `[start, end)`, or `text` when given. */
  setText(row: number, bytes: Uint8Array, start: number, end: number, text?: string): void {
    this.flushLookups(); // earlier fields first: codes follow the order of first appearance
    const dictionary = this.dictionary ?? this.switchToStrings(row, this.values.length);
    this.codes[row] =
      text === undefined ? dictionary.codeOfBytes(bytes, start, end) : dictionary.codeOfText(text);
  }

  /** Stores the bytes `[start, end)` of a column that already holds text; none is missing. */
  setTextBytes(row: number, bytes: Uint8Array, start: number, end: number): void {
    const batch = this.batch;
    if (start === end) this.codes[row] = -1;
    else if (batch === null) this.codes[row] = this.dictionary!.codeOfBytes(bytes, start, end);
    else {
      if (batch.mustFlushBefore(bytes)) this.flushLookups();
      batch.add(row, bytes, start, end);
    }
  }

  /** Looks up the fields waiting in the batch: before their bytes change, and before reading codes. */
  flushLookups(): void {
    if (this.batch !== null && this.batch.count > 0) {
      this.dictionary!.writeCodes(this.batch, this.codes);
    }
  }

  /**
   * Told after `rowCount` rows of `capacity`: a text column whose values have mostly been distinct
   * so far (IDs, date-times) sizes its dictionary's table for every row at once, and looks its
   * fields up in batches from then on.
   */
  expectRows(rowCount: number, capacity: number): void {
    const textRows = rowCount - this.textFromRow;
    const dictionary = this.dictionary;
    if (dictionary === null || textRows < MIN_ROWS_TO_JUDGE) return;
    if (dictionary.size * 2 <= textRows || this.batch !== null) return;
    dictionary.reserve(capacity - rowCount + dictionary.size);
    this.batch = new LookupBatch();
  }

  /** The finished column, trimmed to `rowCount` rows. */
  build(rowCount: number): RawColumn {
    this.flushLookups();
    if (this.numeric) return { kind: 'numbers', values: trimmed(this.values, rowCount) };
    const codes = trimmed(this.codes, rowCount);
    if (this.dictionary === null) return { kind: 'strings', codes, dictionary: [] };
    return rawTextColumn(codes, this.dictionary);
  }

  /** The finished column as one part of a file, with the row its text starts at; no copies. */
  buildPart(rowCount: number): CsvPartColumn {
    this.flushLookups();
    if (this.numeric) {
      const values = this.values.subarray(0, rowCount);
      const onlyEmptyCells = !this.sawMissingToken && values.every(Number.isNaN);
      return { kind: 'numbers', values, onlyEmptyCells };
    }
    const codes = this.codes.subarray(0, rowCount);
    // Rows that held only empty fields as numbers read the same as text: empty.
    const numbersHeld =
      this.sawMissingToken || codes.subarray(0, this.textFromRow).some((code) => code >= 0);
    const textFromRow = numbersHeld ? this.textFromRow : 0;
    const dictionary = (this.dictionary ?? new ByteDictionary()).bytes();
    return { kind: 'strings', codes, dictionary, textFromRow };
  }

  /** Rows before `rowCount` keep their numbers as text: String(v), NaN -> empty (-1). */
  private switchToStrings(rowCount: number, capacity: number): ByteDictionary {
    const dictionary = new ByteDictionary();
    const codes = new Int32Array(capacity);
    const textCodes = new Map<number, number>();
    for (let row = 0; row < rowCount; row++) {
      const value = this.values[row]!;
      if (Number.isNaN(value)) {
        codes[row] = -1;
        continue;
      }
      let code = textCodes.get(value);
      if (code === undefined) {
        code = dictionary.codeOfText(String(value));
        textCodes.set(value, code);
      }
      codes[row] = code;
    }
    this.numeric = false;
    this.textFromRow = rowCount;
    this.codes = codes;
    this.values = NO_VALUES;
    this.dictionary = dictionary;
    return dictionary;
  }
}

/** Storage cut to `length`: a view when little is wasted (sized from an estimate), else a copy. */
function trimmed<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const slack = array.length - length;
  return (slack <= array.length / 8 ? array.subarray(0, length) : array.slice(0, length)) as T;
}
