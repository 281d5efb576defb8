/** Encodings SheetSense detects and decodes (WHATWG labels, as `encoding-select` shows them). */
export type EncodingName =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';

export const ENCODINGS: readonly EncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'windows-1252',
];

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export type FileFormat = 'csv' | 'xlsx' | 'xls';

/** How sure the encoding guess is: a byte-order mark, the only clean decoding, or a ranked guess. */
export type EncodingConfidence = 'bom' | 'clean' | 'guess';

export interface ImportOptions {
  readonly encoding?: EncodingName;
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
  readonly maxBytes?: number;
}

/** Non-fatal findings; the UI turns the code and params into a sentence in the user's language. */
export type ImportWarning =
  | { readonly code: 'ragged-rows'; readonly rows: readonly number[]; readonly count: number }
  | { readonly code: 'renamed-headers'; readonly renames: readonly { from: string; to: string }[] }
  | { readonly code: 'no-header'; readonly columns: number }
  | { readonly code: 'empty-lines'; readonly count: number }
  | { readonly code: 'guessed-encoding'; readonly encoding: EncodingName }
  | { readonly code: 'unparsed-values'; readonly column: string; readonly count: number }
  | { readonly code: 'truncated-cells'; readonly count: number };

/** Why a file cannot be imported; row numbers are 1-based lines of the file. */
export type ImportError =
  | { readonly code: 'empty-file' }
  | { readonly code: 'header-only' }
  | { readonly code: 'binary-file' }
  | { readonly code: 'too-large'; readonly bytes: number; readonly maxBytes: number }
  | { readonly code: 'unterminated-quote'; readonly row: number }
  | { readonly code: 'no-clean-encoding' }
  | { readonly code: 'mixed-encoding'; readonly row: number }
  | { readonly code: 'zip-bomb'; readonly maxBytes: number }
  | { readonly code: 'bad-workbook'; readonly detail: string }
  | { readonly code: 'no-sheets' }
  | { readonly code: 'unsupported-format'; readonly extension: string }
  | { readonly code: 'several-files'; readonly count: number }
  | { readonly code: 'too-many-columns'; readonly columns: number; readonly maxColumns: number }
  | { readonly code: 'read-failed'; readonly detail: string }
  /** The import worker died (closed, crashed) or could not allocate: not the file's fault. */
  | { readonly code: 'worker-crashed' | 'out-of-memory'; readonly detail: string };

export interface ImportReport {
  readonly fileName: string;
  readonly format: FileFormat;
  readonly encoding: EncodingName | null; // null for workbooks
  readonly encodingConfidence: EncodingConfidence | null;
  readonly delimiter: Delimiter | null;
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly warnings: readonly ImportWarning[];
}

/** Excel's own column limit (XFD); a file wider than this is no table a person made. */
export const MAX_COLUMNS = 16_384;

/** 1 GiB: larger files are refused before they are read. */
export const DEFAULT_MAX_BYTES = 1024 ** 3;
