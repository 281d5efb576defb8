import { CellType, readCellAttributes, type CellAttributes } from './cellAttributes';
import { excelSerialToMs, parseIsoDateCell } from './excelDates';
import { MAX_COLUMNS, MAX_ROWS, type SheetCells } from './sheetCells';
import { readStringItem } from './xlsxParts';
import { XmlScanner } from './xmlScanner';
import { decodeExcelEscapes, decodeXmlText, normaliseNewlines } from './xmlText';

/** What a worksheet's cells refer to elsewhere in the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: Uint8Array; // 1 where the cell style index shows a date
  readonly date1904: boolean;
}

interface CellPosition {
  row: number;
  column: number;
}

/** Reads an A1-style reference (`AB12`) in text[start, end) into 0-based row and column. */
function parseReference(text: string, start: number, end: number, into: CellPosition): boolean {
  let column = 0;
  let at = start;
  for (; at < end; at += 1) {
    const c = text.charCodeAt(at) | 32;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  let row = 0;
  const digitsStart = at;
  for (; at < end; at += 1) {
    const c = text.charCodeAt(at);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (at === digitsStart || column === 0 || row === 0) return false;
  into.row = row - 1;
  into.column = column - 1;
  return true;
}

interface CellContent {
  value: string | null;
  inline: string | null;
}

/** The common `<v>text</v></c>` read without the general scanner; false when markup differs. */
function readPlainValue(scanner: XmlScanner, content: CellContent): boolean {
  const text = scanner.text;
  const start = scanner.end + 3;
  if (!text.startsWith('<v>', scanner.end)) return false;
  const close = text.indexOf('<', start);
  if (close < 0 || !text.startsWith('</v></c>', close)) return false;
  content.value = normaliseNewlines(decodeXmlText(text.slice(start, close)));
  scanner.skipTo(close + 8);
  return true;
}

function readCellContent(scanner: XmlScanner, content: CellContent): void {
  content.value = null;
  content.inline = null;
  if (readPlainValue(scanner, content)) return;
  while (scanner.next()) {
    if (scanner.isClosing) {
      if (scanner.is('c')) return;
      continue;
    }
    if (scanner.is('v')) content.value = scanner.innerText();
    else if (scanner.is('is'))
      content.inline = scanner.isSelfClosing ? '' : readStringItem(scanner, 'is');
  }
}

function storeCell(
  cells: SheetCells,
  at: CellPosition,
  attributes: CellAttributes,
  content: CellContent,
  context: SheetContext,
): void {
  const { row, column } = at;
  const value = content.value;
  switch (attributes.type) {
    case CellType.Shared: {
      const text = context.sharedStrings[Number(value)];
      if (text !== undefined) cells.setText(row, column, text);
      return;
    }
    case CellType.FormulaText:
      cells.setText(row, column, decodeExcelEscapes(value ?? ''));
      return;
    case CellType.Inline:
      cells.setText(row, column, content.inline ?? decodeExcelEscapes(value ?? ''));
      return;
    case CellType.Boolean:
      if (value !== null)
        cells.setBoolean(row, column, value.trim() === '1' || value.trim() === 'true');
      return;
    case CellType.Error:
      return; // #N/A, #DIV/0! and friends read as empty
    case CellType.Date:
      if (value !== null) cells.setDate(row, column, parseIsoDateCell(value));
      return;
    default:
      storeNumber(cells, at, attributes.style, value, context);
  }
}

function storeNumber(
  cells: SheetCells,
  { row, column }: CellPosition,
  style: number,
  value: string | null,
  context: SheetContext,
): void {
  if (value === null || value.trim() === '') return;
  const number = Number(value);
  // "NaN", "Infinity" or 1e309 in a <v> are no number a model can use: keep the text.
  if (!Number.isFinite(number)) cells.setText(row, column, value);
  else if (context.dateStyles[style] === 1)
    cells.setDate(row, column, excelSerialToMs(number, context.date1904));
  else cells.setNumber(row, column, number);
}

/** Places a <c> tag: by its `r` reference, or next to the previous cell when a writer leaves it out. */
function placeCell(xml: string, attributes: CellAttributes, at: CellPosition): string | null {
  if (attributes.refStart < 0) at.column += 1;
  else if (!parseReference(xml, attributes.refStart, attributes.refEnd, at)) {
    const ref = xml.slice(
      attributes.refStart,
      Math.min(attributes.refEnd, attributes.refStart + 20),
    );
    return `The cell reference "${ref}" is invalid.`;
  }
  if (at.row < 0) at.row = 0;
  return at.row >= MAX_ROWS || at.column >= MAX_COLUMNS
    ? 'A cell lies outside the Excel grid.'
    : null;
}

/** Reads a worksheet's <sheetData> into `cells`; returns a reason when the sheet is malformed. */
export function readSheetXml(xml: string, context: SheetContext, cells: SheetCells): string | null {
  const scanner = new XmlScanner(xml);
  if (!scanner.seek('sheetData') || scanner.isSelfClosing) return null;
  const at: CellPosition = { row: -1, column: -1 };
  const content: CellContent = { value: null, inline: null };
  const attributes: CellAttributes = { refStart: -1, refEnd: -1, style: 0, type: CellType.Number };
  while (scanner.next()) {
    if (scanner.is('sheetData')) break;
    if (scanner.isClosing) continue;
    if (scanner.is('row')) {
      const rowNumber = scanner.attrIndex('r', -1);
      at.row = rowNumber < 0 ? at.row + 1 : rowNumber - 1;
      at.column = -1;
      if (at.row < 0) return 'A row number in the sheet is invalid.';
    } else if (scanner.is('c')) {
      readCellAttributes(xml, scanner.attributesStart, scanner.end - 1, attributes);
      const problem = placeCell(xml, attributes, at);
      if (problem !== null) return problem;
      if (scanner.isSelfClosing) continue;
      readCellContent(scanner, content);
      storeCell(cells, at, attributes, content, context);
    }
  }
  return null;
}
