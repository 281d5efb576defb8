import { fail, ok, type Result } from '../result';
import type { ImportedTable } from './csvImport';
import { buildDataTable } from './infer/buildDataTable';
import { MAX_COLUMNS, type ImportError, type ImportOptions } from './importTypes';
import { readWorkbook } from './workbook/readWorkbook';

/** Inflating more than this many bytes from one workbook is treated as a zip bomb. */
export const MAX_INFLATED_BYTES = 512 * 1024 ** 2;

/** Reads one sheet of an .xlsx or .xls file and types its columns. */
export function importWorkbook(
  bytes: Uint8Array,
  fileName: string,
  format: 'xlsx' | 'xls',
  options: ImportOptions,
): Result<ImportedTable, ImportError> {
  const read = readWorkbook(bytes, format, {
    maxInflatedBytes: MAX_INFLATED_BYTES,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  });
  if (!read.ok) return read;
  const columns = read.value.table.columns.length;
  if (columns > MAX_COLUMNS)
    return fail({ code: 'too-many-columns', columns, maxColumns: MAX_COLUMNS });
  const { table, warnings } = buildDataTable(fileName, read.value.table);
  return ok({
    table,
    report: {
      fileName,
      format,
      encoding: null,
      encodingConfidence: null,
      delimiter: null,
      sheets: read.value.sheets,
      sheet: read.value.sheet,
      warnings: [...read.value.warnings, ...warnings],
    },
  });
}
