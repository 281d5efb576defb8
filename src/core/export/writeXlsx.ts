import { zipSync, type Zippable } from 'fflate';
import { safeSheetNames } from './cellRefs';
import { SharedStrings } from './sharedStrings';
import { sheetXmlChunks, type XlsxColumn } from './sheetXml';
import {
  contentTypesXml,
  rootRelsXml,
  stylesXml,
  workbookRelsXml,
  workbookXml,
} from './workbookParts';

export type { XlsxCell, XlsxColumn } from './sheetXml';

export interface XlsxSheet {
  readonly name: string;
  readonly columns: readonly XlsxColumn[];
}

// A fixed timestamp keeps the same workbook byte-identical from one run to the next.
const ZIP_MTIME = new Date(2025, 0, 1);

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Writes an .xlsx workbook from columns. Numbers, booleans and dates (read as UTC) keep their type;
 * strings are always text, so "=SUM(A1)" is never a formula. Sheet names are made Excel-safe and
 * cell text is cut to Excel's 32,767 characters.
 */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('writeXlsx needs at least one sheet');
  const encoder = new TextEncoder();
  const names = safeSheetNames(sheets.map((sheet) => sheet.name));
  const strings = new SharedStrings();
  const files: Zippable = {
    '[Content_Types].xml': encoder.encode(contentTypesXml(sheets.length)),
    '_rels/.rels': encoder.encode(rootRelsXml()),
    'xl/workbook.xml': encoder.encode(workbookXml(names)),
    'xl/_rels/workbook.xml.rels': encoder.encode(workbookRelsXml(sheets.length)),
    'xl/styles.xml': encoder.encode(stylesXml()),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = concatBytes(
      sheetXmlChunks(sheet.columns, strings, encoder),
    );
  });
  files['xl/sharedStrings.xml'] = concatBytes(strings.toXmlChunks(encoder));
  return zipSync(files, { level: 6, mtime: ZIP_MTIME });
}
