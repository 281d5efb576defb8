import { fail, ok, type Result } from '../result';
import { CsvTableBuilder } from './csv/csvTableBuilder';
import { sniffDialect } from './csv/sniffDialect';
import {
  createUtf8Transcoder,
  decodeSample,
  detectEncoding,
  looksBinary,
  type EncodingGuess,
} from './encoding/detectEncoding';
import { buildDataTable } from './infer/buildDataTable';
import type {
  Delimiter,
  EncodingName,
  ImportError,
  ImportOptions,
  ImportReport,
  ImportWarning,
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

/** A delimited-text import fed chunk by chunk: detect, transcode to UTF-8, parse, then type. */
export class CsvImport {
  private readonly warnings: ImportWarning[] = [];

  private constructor(
    private readonly fileName: string,
    private readonly guess: EncodingGuess,
    private readonly delimiter: Delimiter,
    private readonly decimal: '.' | ',',
    private readonly transcoder: ReturnType<typeof createUtf8Transcoder>,
    private readonly builder: CsvTableBuilder,
  ) {
    if (guess.confidence === 'guess') {
      this.warnings.push({ code: 'guessed-encoding', encoding: guess.encoding });
    }
  }

  /** Looks at the first bytes (`complete` when they are the whole file) and sets the reader up. */
  static start(
    fileName: string,
    sample: Uint8Array,
    complete: boolean,
    options: ImportOptions,
  ): Result<CsvImport, ImportError> {
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
    const builder = new CsvTableBuilder({ delimiter, decimal, hasHeader: dialect.hasHeader });
    const transcoder = createUtf8Transcoder(guess.encoding, guess.bomLength);
    return ok(new CsvImport(fileName, guess, delimiter, decimal, transcoder, builder));
  }

  /** Feeds the next bytes of the file, in order, starting with its first byte. */
  push(chunk: Uint8Array): Result<void, ImportError> {
    const utf8 = this.transcoder.push(chunk);
    if (!utf8.ok) return utf8;
    this.builder.push(utf8.value);
    return ok(undefined);
  }

  finish(): Result<ImportedTable, ImportError> {
    const tail = this.transcoder.finish();
    if (!tail.ok) return tail;
    this.builder.push(tail.value);
    const parsed = this.builder.finish();
    if (!parsed.ok) return parsed;
    const { table, warnings } = buildDataTable(this.fileName, parsed.value.table, this.decimal);
    return ok({
      table,
      report: {
        fileName: this.fileName,
        format: 'csv',
        encoding: this.guess.encoding,
        encodingConfidence: this.guess.confidence,
        delimiter: this.delimiter,
        sheets: [],
        sheet: null,
        warnings: [...this.warnings, ...parsed.value.warnings, ...warnings],
      },
    });
  }
}
