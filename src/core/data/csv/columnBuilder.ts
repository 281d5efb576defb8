import type { RawColumn } from '../table';
import { ByteDictionary, grownInt32 } from './byteDictionary';
import type { AsciiWindow } from './fieldText';

const NO_CODES = new Int32Array(0);
const NO_VALUES = new Float64Array(0);

/**
 * One column being filled row by row. It starts as numbers and switches for good to
 * dictionary-encoded strings at the first value that is not a plain number.
 */
export class ColumnBuilder {
  numeric = true;
  /** Numbers mode: the values so far (NaN = empty). The parser writes into it directly. */
  values: Float64Array;
  private codes: Int32Array = NO_CODES;
  private dictionary: ByteDictionary | null = null;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
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
  setText(
    row: number,
    bytes: Uint8Array,
    start: number,
    end: number,
    window: AsciiWindow,
    text?: string,
  ): void {
    const dictionary = this.dictionary ?? this.switchToStrings(row);
    this.codes[row] =
      text === undefined
        ? dictionary.codeOfBytes(bytes, start, end, window)
        : dictionary.codeOfText(text);
  }

  /** The finished column, trimmed to `rowCount` rows. */
  build(rowCount: number): RawColumn {
    if (this.numeric) return { kind: 'numbers', values: trimmed(this.values, rowCount) };
    const dictionary = this.dictionary?.strings ?? [];
    return { kind: 'strings', codes: trimmed(this.codes, rowCount), dictionary };
  }

  /** Rows before `rowCount` keep their numbers as text: String(v), NaN -> empty (-1). */
  private switchToStrings(rowCount: number): ByteDictionary {
    const dictionary = new ByteDictionary();
    const codes = new Int32Array(this.values.length);
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
