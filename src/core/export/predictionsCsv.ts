import { isoDateLabel } from '../data/infer/column';
import { csvNumberCell, csvTextCell } from './csvCells';
import { exportRowCount, type ExportColumn } from './predictionsTypes';

/** Rows per encoded part: a million rows never become one giant string. */
export const CSV_ROWS_PER_PART = 65_536;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Writes one column's cell of row `i`; text levels are neutralised and quoted once, up front. */
type CellWriter = (i: number) => string;

/** Dates as ISO text (yyyy-mm-dd, or the full time when not midnight UTC); each date worded once. */
function dateWriter(values: Float64Array): CellWriter {
  const texts = new Map<number, string>();
  return (i) => {
    const ms = values[i] as number;
    if (Number.isNaN(ms)) return '';
    let text = texts.get(ms);
    if (text === undefined) {
      text = isoDateLabel(ms);
      texts.set(ms, text);
    }
    return text;
  };
}

function cellWriter(column: ExportColumn): CellWriter {
  if (column.kind === 'number') {
    const { values } = column;
    return (i) => csvNumberCell(values[i] as number);
  }
  if (column.kind === 'date') return dateWriter(column.values);
  const cells = column.levels.map(csvTextCell);
  const { codes } = column;
  return (i) => {
    const code = codes[i] as number;
    return code < 0 ? '' : (cells[code] ?? '');
  };
}

function rowsText(writers: readonly CellWriter[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    let line = '';
    for (let c = 0; c < writers.length; c++) {
      if (c > 0) line += ',';
      line += (writers[c] as CellWriter)(i);
    }
    text += line + CRLF;
  }
  return text;
}

/**
 * The columns as a UTF-8 CSV file (with a byte-order mark so Excel reads Chinese text right):
 * RFC 4180 quoting, CRLF line ends, formulas neutralised in text cells, numbers as JavaScript
 * writes them (empty for NaN), dates as ISO text. Returned in parts of CSV_ROWS_PER_PART rows, to be joined by a Blob.
 */
export function predictionsCsv(columns: readonly ExportColumn[]): Uint8Array<ArrayBuffer>[] {
  const encoder = new TextEncoder();
  // TextEncoder always returns a fresh ArrayBuffer (transferable); core's declaration is looser.
  const utf8 = (text: string) => encoder.encode(text) as Uint8Array<ArrayBuffer>;
  const header = columns.map((column) => csvTextCell(column.header)).join(',') + CRLF;
  const writers = columns.map(cellWriter);
  const rows = exportRowCount(columns);
  const parts = [utf8(BOM + header)];
  for (let from = 0; from < rows; from += CSV_ROWS_PER_PART) {
    parts.push(utf8(rowsText(writers, from, Math.min(rows, from + CSV_ROWS_PER_PART))));
  }
  return parts;
}
