import { fail, type Result } from '../result';
import { CsvImport, type ImportedTable } from './csvImport';
import { detectFileFormat } from './fileFormat';
import { DEFAULT_MAX_BYTES, type ImportError, type ImportOptions } from './importTypes';
import { importWorkbook } from './workbookImport';

/** Imports a whole file held in memory (tests, benchmarks); the app's worker streams instead. */
export function importBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Result<ImportedTable, ImportError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return fail({ code: 'too-large', bytes: bytes.length, maxBytes });
  const format = detectFileFormat(fileName, bytes.subarray(0, 8));
  if (!format.ok) return format;
  if (format.value !== 'csv') return importWorkbook(bytes, fileName, format.value, options);
  const started = CsvImport.start(
    fileName,
    bytes.subarray(0, 65536),
    bytes.length <= 65536,
    options,
  );
  if (!started.ok) return started;
  const pushed = started.value.push(bytes);
  if (!pushed.ok) return pushed;
  return started.value.finish();
}
