/** Column types a user sees and may override (ui-contract `data-type`). */
export type ColumnType = 'numeric' | 'categorical' | 'boolean' | 'date' | 'text' | 'id';

export const COLUMN_TYPES: readonly ColumnType[] = [
  'numeric',
  'categorical',
  'boolean',
  'date',
  'text',
  'id',
];

/**
 * A column as parsed, before type inference. Plain numeric text ("12", "-3.5e2") is parsed straight
 * into `numbers` without creating strings; anything else keeps its text, dictionary-encoded.
 */
export type RawColumn =
  | { readonly kind: 'numbers'; readonly values: Float64Array } // NaN = empty cell
  | {
      readonly kind: 'strings';
      readonly codes: Int32Array;
      readonly dictionary: readonly string[];
    }; // -1 = empty cell

/** What a workbook cell format says about a column (dates and booleans are stored as numbers). */
export type RawColumnHint = 'date' | 'boolean' | null;

/** A parsed table before type inference: headers are data, held in an array, never object keys. */
export interface RawTable {
  readonly headers: readonly string[];
  readonly columns: readonly RawColumn[];
  readonly hints: readonly RawColumnHint[];
  readonly rowCount: number;
}

/** How a column's text was read, so the UI can say it and an override can reuse it. */
export interface ColumnFormat {
  readonly decimal?: '.' | ',';
  readonly dateOrder?: 'ymd' | 'dmy' | 'mdy';
  readonly scale?: number; // e.g. 0.01 for percent, 10000 for 万
}

/**
 * A typed, columnar column. numeric/boolean/date use `values` (NaN = missing; booleans 0/1; dates
 * as milliseconds since 1970-01-01 UTC); categorical/text/id use `codes` into `levels` (-1 = missing).
 */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  readonly inferredType: ColumnType;
  readonly raw: RawColumn;
  readonly values: Float64Array | null;
  readonly codes: Int32Array | null;
  readonly levels: readonly string[] | null;
  readonly missing: number;
  readonly format: ColumnFormat;
}

export interface DataTable {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly Column[];
}
