import { fail, ok } from '../../result';
import { generatedHeaders, normaliseHeaders } from '../headers';
import type { ImportError, ImportWarning } from '../importTypes';
import type { RawColumn, RawTable } from '../table';
import type { Result } from '../../result';

export type CsvParseResult = Result<{ table: RawTable; warnings: ImportWarning[] }, ImportError>;

/** What the parser gathered besides the column values. */
export interface RecordSummary {
  /** The header record has not ended yet (so there is no data either). */
  readonly collectingHeader: boolean;
  readonly headerCells: readonly string[];
  /** Data rows. */
  readonly row: number;
  readonly columnCount: number;
  readonly emptyLines: number;
  /** The first few ragged rows' 1-based line numbers. */
  readonly raggedLines: readonly number[];
  readonly raggedCount: number;
}

/**
 * Turns what the parser gathered into a RawTable and its warnings, or says why it cannot;
 * `buildColumns` runs only when there is a table to build.
 */
export function assembleTable(
  parsed: RecordSummary,
  hasHeader: boolean,
  buildColumns: () => RawColumn[],
): CsvParseResult {
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
    headers = generatedHeaders(parsed.columnCount);
    warnings.push({ code: 'no-header', columns: headers.length });
  }
  if (parsed.emptyLines > 0) warnings.push({ code: 'empty-lines', count: parsed.emptyLines });
  if (parsed.raggedCount > 0) {
    warnings.push({ code: 'ragged-rows', rows: parsed.raggedLines, count: parsed.raggedCount });
  }
  const columns = buildColumns();
  const hints = columns.map(() => null);
  return ok({ table: { headers, columns, hints, rowCount: parsed.row }, warnings });
}
