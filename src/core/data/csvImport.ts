import { fail, ok, type Result } from '../result';
import { CsvTableBuilder, type CsvParseResult } from './csv/csvTableBuilder';
import { sniffDialect } from './csv/sniffDialect';
import {
  createUtf8Transcoder,
  decodeSample,
  detectEncoding,
  looksBinary,
  type EncodingGuess,
} from './encoding/detectEncoding';
import { buildDataTable } from './infer/buildDataTable';
import {
  MAX_COLUMNS,
  type Delimiter,
  type EncodingName,
  type ImportError,
  type ImportOptions,
  type ImportReport,
  type ImportWarning,
} from './importTypes';
import type { DataTable } from './table';

export interface ImportedTable {
  readonly table: DataTable;
  readonly report: ImportReport;
}

const BOMS: readonly { encoding: EncodingName; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function forcedGuess(sample: Uint8Array, encoding: EncodingName): EncodingGuess {
  const bom = BOMS.find((b) => b.encoding === encoding && b.bytes.every((x, i) => sample[i] === x));
  return { encoding, confidence: 'clean', bomLength: bom ? bom.bytes.length : 0 };
}

/** What the first bytes of a delimited file say about reading it. */
export interface CsvSetup {
  readonly guess: EncodingGuess;
  readonly delimiter: Delimiter;
  readonly decimal: '.' | ',';
  readonly hasHeader: boolean;
}

/** Detects the encoding and sniffs the dialect from the first bytes (`complete`: all of them). */
export function detectCsvSetup(
  sample: Uint8Array,
  complete: boolean,
  options: ImportOptions,
): Result<CsvSetup, ImportError> {
  if (sample.length === 0) return fail({ code: 'empty-file' });
  if (!options.encoding && looksBinary(sample)) return fail({ code: 'binary-file' });
  const detected = options.encoding
    ? ok(forcedGuess(sample, options.encoding))
    : detectEncoding(sample, complete);
  if (!detected.ok) return detected;
  const guess = detected.value;
  const dialect = sniffDialect(decodeSample(sample, guess, complete));
  const delimiter = options.delimiter ?? dialect.delimiter;
  const decimal = delimiter === ',' ? '.' : dialect.decimal;
  return ok({ guess, delimiter, decimal, hasHeader: dialect.hasHeader });
}

/** Types the parsed table and writes the import report. */
export function finishCsvImport(
  fileName: string,
  setup: CsvSetup,
  parsed: CsvParseResult,
): Result<ImportedTable, ImportError> {
  if (!parsed.ok) return parsed;
  const { table, warnings } = buildDataTable(fileName, parsed.value.table, setup.decimal);
  return ok({ table, report: csvReport(fileName, setup, [...parsed.value.warnings, ...warnings]) });
}

/** The report of a delimited-text import; `warnings` are the parser's, then typing's. */
export function csvReport(
  fileName: string,
  setup: CsvSetup,
  warnings: readonly ImportWarning[],
): ImportReport {
  const guessed: ImportWarning[] =
    setup.guess.confidence === 'guess'
      ? [{ code: 'guessed-encoding', encoding: setup.guess.encoding }]
      : [];
  return {
    fileName,
    format: 'csv',
    encoding: setup.guess.encoding,
    encodingConfidence: setup.guess.confidence,
    delimiter: setup.delimiter,
    sheets: [],
    sheet: null,
    warnings: [...guessed, ...warnings],
  };
}

/** A delimited-text import fed chunk by chunk: detect, transcode to UTF-8, parse, then type. */
export class CsvImport {
  private constructor(
    private readonly fileName: string,
    private readonly setup: CsvSetup,
    private readonly transcoder: ReturnType<typeof createUtf8Transcoder>,
    private readonly builder: CsvTableBuilder,
  ) {}

  /** Looks at the first bytes (`complete` when they are the whole file) and sets the reader up. */
  static start(
    fileName: string,
    sample: Uint8Array,
    complete: boolean,
    options: ImportOptions,
  ): Result<CsvImport, ImportError> {
    const detected = detectCsvSetup(sample, complete, options);
    if (!detected.ok) return detected;
    const setup = detected.value;
    const { delimiter, decimal, hasHeader, guess } = setup;
    const builder = new CsvTableBuilder({ delimiter, decimal, hasHeader });
    const transcoder = createUtf8Transcoder(guess.encoding, guess.bomLength);
    return ok(new CsvImport(fileName, setup, transcoder, builder));
  }

  /** Feeds the next bytes of the file, in order, starting with its first byte. */
  push(chunk: Uint8Array): Result<void, ImportError> {
    const utf8 = this.transcoder.push(chunk);
    if (!utf8.ok) return utf8;
    this.builder.push(utf8.value);
    return this.checkWidth();
  }

  finish(): Result<ImportedTable, ImportError> {
    const tail = this.transcoder.finish();
    if (!tail.ok) return tail;
    this.builder.push(tail.value);
    const width = this.checkWidth();
    if (!width.ok) return width;
    return finishCsvImport(this.fileName, this.setup, this.builder.finish());
  }

  /** Stops at once when the file has more columns than any spreadsheet holds. */
  private checkWidth(): Result<void, ImportError> {
    const columns = this.builder.columnCount;
    if (columns <= MAX_COLUMNS) return ok(undefined);
    return fail({ code: 'too-many-columns', columns, maxColumns: MAX_COLUMNS });
  }
}
