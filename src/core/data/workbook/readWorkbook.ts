import { fail, type Result } from '../../result';
import type { ImportError } from '../importTypes';
import { isCompoundFile, readXls } from './readXls';
import { readXlsx } from './readXlsx';
import type { WorkbookOptions, WorkbookRead } from './workbookTypes';
import { isZip } from './zipArchive';

export type { WorkbookOptions, WorkbookRead } from './workbookTypes';

/**
 * Reads the chosen sheet (default: the first non-empty visible one) of an .xlsx or .xls file.
 * The container is recognised by its bytes, so a workbook saved under the other extension still
 * reads; `format` only shapes the message for a file that is neither.
 */
export function readWorkbook(
  bytes: Uint8Array,
  format: 'xlsx' | 'xls',
  options: WorkbookOptions,
): Result<WorkbookRead, ImportError> {
  try {
    if (isZip(bytes)) return readXlsx(bytes, options);
    if (isCompoundFile(bytes)) return readXls(bytes, options);
  } catch {
    // The readers bound every offset; this only catches a malformed part we failed to foresee.
    return fail({ code: 'bad-workbook', detail: 'The file is damaged.' });
  }
  return fail({ code: 'bad-workbook', detail: `The file is not a valid .${format} workbook.` });
}
