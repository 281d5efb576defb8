import { fail, ok, type Result } from '../../result';
import type { ImportError, ImportWarning } from '../importTypes';
import type { RawColumn } from '../table';
import { assembleTable, type CsvParseResult, type RecordSummary } from './assembleTable';
import { MAX_LISTED_RAGGED_ROWS } from './columnSet';
import type { CsvPart, CsvPartColumn } from './csvPartTypes';
import { ByteDictionary } from './byteDictionary';
import type { DictionaryBytes } from './dictionaryText';

/** An error found in a part, with its line counted from the start of the file. */
function inFile(error: ImportError, linesBefore: number): ImportError {
  return error.code === 'unterminated-quote' ? { ...error, row: error.row + linesBefore } : error;
}

function summarise(parts: readonly CsvPart[], hasHeader: boolean): RecordSummary {
  const raggedLines: number[] = [];
  let linesBefore = 0;
  for (const part of parts) {
    for (const line of part.raggedLines) {
      if (raggedLines.length < MAX_LISTED_RAGGED_ROWS) raggedLines.push(line + linesBefore);
    }
    linesBefore += part.lineBreaks;
  }
  const sum = (count: (part: CsvPart) => number) => parts.reduce((n, p) => n + count(p), 0);
  const headerCells = parts[0]?.headerCells ?? null;
  return {
    collectingHeader: hasHeader && headerCells === null,
    headerCells: headerCells ?? [],
    row: sum((part) => part.rowCount),
    columnCount: parts[0]?.columns.length ?? 0,
    emptyLines: sum((part) => part.emptyLines),
    raggedLines,
    raggedCount: sum((part) => part.raggedCount),
  };
}

/** A parsed file's table without its columns: headers, parse warnings and row count. */
export interface PartsFrame {
  readonly headers: readonly string[];
  readonly warnings: ImportWarning[];
  readonly rowCount: number;
}

/**
 * What the parts of one file (as scheduleParts returns them) say besides their columns, as a
 * whole-file parse says it; or why the file has no table.
 */
export function frameParts(
  parts: readonly CsvPart[],
  hasHeader: boolean,
): Result<PartsFrame, ImportError> {
  if (parts.some((part) => part.invalidUtf8)) return fail({ code: 'no-clean-encoding' });
  let linesBefore = 0;
  for (const part of parts) {
    if (part.failure !== null) return fail(inFile(part.failure, linesBefore));
    linesBefore += part.lineBreaks;
  }
  const assembled = assembleTable(summarise(parts, hasHeader), hasHeader, () => []);
  if (!assembled.ok) return assembled;
  const { table, warnings } = assembled.value;
  return ok({ headers: table.headers, warnings, rowCount: table.rowCount });
}

/**
 * Joins the parts of one file, in order, into the table a whole-file parse gives. Each part's
 * columns are dropped from it once copied, so that the parts and the table are not all held.
 */
export function mergeParts(parts: readonly CsvPart[], hasHeader: boolean): CsvParseResult {
  const frame = frameParts(parts, hasHeader);
  if (!frame.ok) return frame;
  const { headers, warnings, rowCount } = frame.value;
  const columns = headers.map((_, c) => {
    const columnParts = parts.map((part) => part.columns[c]!);
    for (const part of parts) part.columns[c] = RELEASED;
    return mergeColumnParts(columnParts, rowCount);
  });
  const hints = columns.map(() => null);
  return ok({ table: { headers, columns, hints, rowCount }, warnings });
}

const RELEASED: CsvPartColumn = {
  kind: 'numbers',
  values: new Float64Array(0),
  onlyEmptyCells: true,
};

/** A merged column whose distinct texts are still a dictionary of bytes (strings made on demand). */
export type MergedColumn =
  | { readonly kind: 'numbers'; readonly values: Float64Array }
  | { readonly kind: 'strings'; readonly codes: Int32Array; readonly dictionary: ByteDictionary };

/** One column of a file from its parts, in order: as a whole-file parse gives it. */
export function mergeColumnParts(columns: readonly CsvPartColumn[], rowCount: number): RawColumn {
  const merged = mergeColumnPartsAsBytes(columns, rowCount);
  if (merged.kind === 'numbers') return merged;
  return { kind: 'strings', codes: merged.codes, dictionary: merged.dictionary.strings() };
}

/** As mergeColumnParts, but with the text's dictionary kept as bytes (to send them on). */
export function mergeColumnPartsAsBytes(
  columns: readonly CsvPartColumn[],
  rowCount: number,
): MergedColumn {
  if (columns.every((column) => column.kind === 'numbers')) {
    const values = new Float64Array(rowCount);
    let row = 0;
    for (const column of columns) {
      values.set(column.values, row);
      row += column.values.length;
    }
    return { kind: 'numbers', values };
  }
  return mergeText(columns, rowCount);
}

/**
 * One dictionary for the whole column, codes in order of first appearance as a whole-file parse
 * gives them. Numbers (parts before the column's first text) become text as that parse turns
 * them: String(value), NaN as empty.
 */
function mergeText(columns: readonly CsvPartColumn[], rowCount: number): MergedColumn {
  const codes = new Int32Array(rowCount);
  let dictionary = new ByteDictionary();
  let row = 0;
  for (const column of columns) {
    if (column.kind === 'strings' && dictionary.size === 0) {
      // Nothing to remap yet: this part's codes and dictionary are the merged ones so far. Its
      // slots are sized for every part's values at once, so adding them never rehashes.
      dictionary = ByteDictionary.of(column.dictionary, distinctUpperBound(columns));
      codes.set(column.codes, row);
      row += column.codes.length;
    } else if (column.kind === 'numbers') {
      const codeOfNumber = new Map<number, number>();
      const values = column.values;
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        let code = -1;
        if (!Number.isNaN(value)) {
          code = codeOfNumber.get(value) ?? dictionary.codeOfText(String(value));
          codeOfNumber.set(value, code);
        }
        codes[row++] = code;
      }
    } else {
      const remap = codesIn(dictionary, column.dictionary);
      const partCodes = column.codes;
      for (let i = 0; i < partCodes.length; i++) {
        const code = partCodes[i]!;
        codes[row++] = code < 0 ? -1 : remap[code]!;
      }
    }
  }
  return { kind: 'strings', codes, dictionary };
}

/** At most this many distinct values in the merged column: each part's, plus its numbers. */
function distinctUpperBound(columns: readonly CsvPartColumn[]): number {
  let bound = 0;
  for (const column of columns) {
    bound +=
      column.kind === 'strings' ? column.dictionary.offsets.length - 1 : column.values.length;
  }
  return bound;
}

/** The code in `merged` of each value of a part's dictionary, adding the new ones in order. */
function codesIn(merged: ByteDictionary, part: DictionaryBytes): Int32Array {
  const { arena, offsets } = part;
  const remap = new Int32Array(offsets.length - 1);
  for (let code = 0; code < remap.length; code++) {
    remap[code] = merged.codeOfBytes(arena, offsets[code]!, offsets[code + 1]!);
  }
  return remap;
}
