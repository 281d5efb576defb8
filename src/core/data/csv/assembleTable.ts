import { fail, ok } from '../../result';
import { generatedHeaders, normaliseHeaders } from '../headers';
import type { ImportError, ImportWarning } from '../importTypes';
import type { RawTable } from '../table';
import type { Result } from '../../result';
import type { ColumnSet } from './columnSet';

export type CsvParseResult = Result<{ table: RawTable; warnings: ImportWarning[] }, ImportError>;

/** Turns what the parser gathered into a RawTable and its warnings, or says why it cannot. */
export function assembleTable(parsed: ColumnSet, hasHeader: boolean): CsvParseResult {
  const warnings: ImportWarning[] = [];
  let headers: readonly string[];
  if (hasHeader) {
    if (parsed.collectingHeader) return fail({ code: 'empty-file' });
    if (parsed.row === 0) return fail({ code: 'header-only' });
    const normalised = normaliseHeaders(parsed.headerCells);
    headers = normalised.headers;
    if (normalised.renames.length > 0) {
      warnings.push({ code: 'renamed-headers', renames: normalised.renames });
    }
  } else {
    if (parsed.row === 0) return fail({ code: 'empty-file' });
    headers = generatedHeaders(parsed.columns.length);
    warnings.push({ code: 'no-header', columns: headers.length });
  }
  if (parsed.emptyLines > 0) warnings.push({ code: 'empty-lines', count: parsed.emptyLines });
  if (parsed.raggedCount > 0) {
    warnings.push({ code: 'ragged-rows', rows: parsed.raggedLines, count: parsed.raggedCount });
  }
  const columns = parsed.columns.map((column) => column.build(parsed.row));
  const hints = columns.map(() => null);
  return ok({ table: { headers, columns, hints, rowCount: parsed.row }, warnings });
}
