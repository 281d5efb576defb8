import CFB, { type CFB$Container } from 'cfb';
import { fail, ok, type Result } from '../../result';
import type { ImportError } from '../importTypes';
import { RECORD, RecordCursor, u16, u32 } from './biffRecords';
import { ContinuedReader, readSharedStringTable } from './biffStrings';
import { chooseSheet } from './chooseSheet';
import { isDateFormatId } from './dateFormats';
import type { SheetCells } from './sheetCells';
import type { WorkbookOptions, WorkbookRead } from './workbookTypes';
import { readXlsSheet, type XlsContext } from './xlsSheet';

interface XlsSheet {
  readonly name: string;
  readonly offset: number;
  readonly visible: boolean;
}

interface XlsGlobals extends XlsContext {
  readonly sheets: readonly XlsSheet[];
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const BIFF8 = 0x0600;
const WORKSHEET_SHEET_TYPE = 0; // BOUNDSHEET dt: 0 worksheet, 1 macro, 2 chart, 6 VBA module

const badWorkbook = (detail: string) => fail<ImportError>({ code: 'bad-workbook', detail });
const ENCRYPTED =
  'The workbook is password-protected; save a copy without a password and try again.';
const OLD_EXCEL =
  'This .xls was saved by Excel 95 or older, which is not supported; save it as .xlsx.';

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function readBoundSheet(bytes: Uint8Array, cursor: RecordCursor): XlsSheet & { type: number } {
  const at = cursor.start;
  const name = new ContinuedReader(bytes, [[at + 6, at + cursor.length]]).shortUnicodeString();
  return {
    name,
    offset: u32(bytes, at),
    visible: ((bytes[at + 4] ?? 0) & 3) === 0,
    type: bytes[at + 5] ?? 0,
  };
}

/** Reads the workbook globals substream: sheets, shared strings, date system and date formats. */
function readGlobals(bytes: Uint8Array): Result<XlsGlobals, ImportError> {
  const cursor = new RecordCursor(bytes);
  if (!cursor.next() || (cursor.type & 0xff) !== 0x09)
    return badWorkbook('The workbook stream is damaged.');
  const firstType: number = cursor.type; // a copy, so this check does not narrow cursor.type
  if (firstType !== RECORD.BOF || u16(bytes, cursor.start) !== BIFF8) return badWorkbook(OLD_EXCEL);
  const sheets: XlsSheet[] = [];
  const formatCodes = new Map<number, string>();
  const xfFormats: number[] = [];
  let sharedStrings: string[] = [];
  let date1904 = false;
  while (cursor.next() && cursor.type !== RECORD.EOF) {
    const at = cursor.start;
    switch (cursor.type) {
      case RECORD.FILEPASS:
        return badWorkbook(ENCRYPTED);
      case RECORD.DATEMODE:
        date1904 = u16(bytes, at) === 1;
        break;
      case RECORD.FORMAT:
        formatCodes.set(
          u16(bytes, at),
          new ContinuedReader(bytes, [[at + 2, at + cursor.length]]).unicodeString(),
        );
        break;
      case RECORD.XF:
        xfFormats.push(u16(bytes, at + 2));
        break;
      case RECORD.BOUNDSHEET: {
        const { type, ...sheet } = readBoundSheet(bytes, cursor);
        if (type === WORKSHEET_SHEET_TYPE) sheets.push(sheet);
        break;
      }
      case RECORD.SST:
        sharedStrings = readSharedStringTable(bytes, cursor.withContinues());
        break;
    }
  }
  if (cursor.truncated) return badWorkbook('The workbook stream is cut short.');
  const dateXfs = Uint8Array.from(xfFormats, (id) => (isDateFormatId(id, formatCodes) ? 1 : 0));
  return ok({ sheets, sharedStrings, dateXfs, date1904 });
}

function toBytes(content: Uint8Array | number[]): Uint8Array {
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

/** The BIFF workbook stream of a compound file, or why there is none. */
function workbookStream(bytes: Uint8Array): Result<Uint8Array, ImportError> {
  let container: CFB$Container;
  try {
    container = CFB.parse(bytes);
  } catch {
    return badWorkbook('The file is damaged or is not an Excel workbook.');
  }
  if (CFB.find(container, 'EncryptedPackage') !== null) return badWorkbook(ENCRYPTED);
  const stream = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
  if (stream === null)
    return badWorkbook('The file holds no workbook; it may be another Office document.');
  return ok(toBytes(stream.content));
}

function readSheetCells(
  bytes: Uint8Array,
  sheet: XlsSheet,
  context: XlsContext,
): Result<SheetCells, ImportError> {
  const cells = sheet.offset < bytes.length ? readXlsSheet(bytes, sheet.offset, context) : null;
  return cells === null ? badWorkbook(`The sheet "${sheet.name}" is damaged.`) : ok(cells);
}

/** Reads one sheet of a legacy .xls (BIFF8 inside a compound file). */
export function readXls(
  bytes: Uint8Array,
  options: WorkbookOptions,
): Result<WorkbookRead, ImportError> {
  const stream = workbookStream(bytes);
  if (!stream.ok) return stream;
  const globals = readGlobals(stream.value);
  if (!globals.ok) return globals;
  const { sheets } = globals.value;
  if (sheets.length === 0) return fail({ code: 'no-sheets' });
  const chosen = chooseSheet(sheets, options.sheet, (sheet) =>
    readSheetCells(stream.value, sheet, globals.value),
  );
  if (!chosen.ok) return chosen;
  return ok({
    sheets: sheets.map((s) => s.name),
    sheet: chosen.value.sheet.name,
    ...chosen.value.read,
  });
}
