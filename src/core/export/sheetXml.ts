import { columnLetters } from './cellRefs';
import type { SharedStrings } from './sharedStrings';
import { STYLE, WORKSHEET_OPEN } from './workbookParts';

/** A cell value: null, NaN and invalid dates leave the cell empty. */
export type XlsxCell = string | number | boolean | Date | null;

export interface XlsxColumn {
  readonly header: string;
  readonly cells: readonly XlsxCell[];
}

const MS_PER_DAY = 86_400_000;
// Days from Excel's 1900 epoch (with its phantom 1900-02-29) to 1970-01-01.
const UNIX_EPOCH_SERIAL = 25569;
// Serials below 61 fall before Excel's phantom leap day and would display a day off.
const FIRST_SAFE_SERIAL = 61;
const ROWS_PER_CHUNK = 2000;

/** Excel serial day number for a date read as UTC, or null where Excel cannot show it. */
export function excelSerial(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial >= FIRST_SAFE_SERIAL ? serial : null;
}

function cellXml(ref: string, value: XlsxCell, strings: SharedStrings): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  }
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}" t="s"><v>${strings.indexFor(value)}</v></c>`;
  const serial = excelSerial(value);
  if (serial === null) {
    return Number.isFinite(value.getTime()) ? cellXml(ref, value.toISOString(), strings) : '';
  }
  const style = serial % 1 === 0 ? STYLE.date : STYLE.dateTime;
  return `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
}

function displayWidth(value: XlsxCell): number {
  if (value instanceof Date) return value.getTime() % MS_PER_DAY === 0 ? 10 : 19;
  return value === null ? 0 : String(value).length;
}

/** Column widths in characters from the header and the first rows, so dates never show as ####. */
function colsXml(columns: readonly XlsxColumn[]): string {
  if (columns.length === 0) return '';
  const cols = columns.map((column, i) => {
    let widest = column.header.length;
    for (const value of column.cells.slice(0, 200)) widest = Math.max(widest, displayWidth(value));
    const width = Math.min(60, Math.max(8, widest + 2));
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

function headerRowXml(
  columns: readonly XlsxColumn[],
  letters: readonly string[],
  strings: SharedStrings,
): string {
  const cells = columns.map(
    (column, i) =>
      `<c r="${letters[i]}1" t="s" s="${STYLE.header}"><v>${strings.indexFor(column.header)}</v></c>`,
  );
  return `<row r="1">${cells.join('')}</row>`;
}

/** One worksheet's XML, encoded a few thousand rows at a time; row 1 holds the bold, frozen headers. */
export function sheetXmlChunks(
  columns: readonly XlsxColumn[],
  strings: SharedStrings,
  encoder: TextEncoder,
): Uint8Array[] {
  const letters = columns.map((_, i) => columnLetters(i));
  const rowCount = columns.reduce((most, column) => Math.max(most, column.cells.length), 0);
  const lastRef = columns.length === 0 ? 'A1' : `${letters[letters.length - 1]}${rowCount + 1}`;
  const frozen =
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  const chunks = [
    encoder.encode(
      `${WORKSHEET_OPEN}<dimension ref="A1:${lastRef}"/>${frozen}<sheetFormatPr defaultRowHeight="15"/>` +
        `${colsXml(columns)}<sheetData>${headerRowXml(columns, letters, strings)}`,
    ),
  ];
  for (let start = 0; start < rowCount; start += ROWS_PER_CHUNK) {
    let xml = '';
    for (let row = start; row < Math.min(rowCount, start + ROWS_PER_CHUNK); row++) {
      const rowNumber = row + 2;
      xml += `<row r="${rowNumber}">`;
      for (let col = 0; col < columns.length; col++) {
        xml += cellXml(`${letters[col]}${rowNumber}`, columns[col]?.cells[row] ?? null, strings);
      }
      xml += '</row>';
    }
    chunks.push(encoder.encode(xml));
  }
  chunks.push(encoder.encode('</sheetData></worksheet>'));
  return chunks;
}
