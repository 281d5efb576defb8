import { fail, type Result } from '../result';
import { CsvImport, type ImportedTable } from './csvImport';
import { detectFileFormat } from './fileFormat';
import { DEFAULT_MAX_BYTES, type ImportError, type ImportOptions } from './importTypes';
import { importWorkbook } from './workbookImport';

const SAMPLE_BYTES = 65536;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Imports a file delivered as a stream of byte chunks. Delimited text is parsed as it arrives;
 * workbooks (zip or compound files) need every byte first. Reports progress as a 0..1 fraction.
 */
export async function importWithProgress(
  fileName: string,
  size: number,
  chunks: AsyncIterable<Uint8Array>,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<Result<ImportedTable, ImportError>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) return fail({ code: 'too-large', bytes: size, maxBytes });
  if (size === 0) return fail({ code: 'empty-file' });
  const held: Uint8Array[] = [];
  let read = 0;
  let csv: CsvImport | null = null;
  let workbook: 'xlsx' | 'xls' | null = null;
  for await (const chunk of chunks) {
    if (read === 0) {
      const format = detectFileFormat(fileName, chunk.subarray(0, 8));
      if (!format.ok) return format;
      if (format.value === 'csv') {
        const sample = chunk.subarray(0, SAMPLE_BYTES);
        const started = CsvImport.start(fileName, sample, chunk.length >= size, options);
        if (!started.ok) return started;
        csv = started.value;
      } else workbook = format.value;
    }
    read += chunk.length;
    if (csv) {
      const pushed = csv.push(chunk);
      if (!pushed.ok) return pushed;
    } else held.push(chunk);
    onProgress(Math.min(1, read / size));
  }
  if (csv) return csv.finish();
  if (workbook) return importWorkbook(concat(held, read), fileName, workbook, options);
  return fail({ code: 'empty-file' });
}
