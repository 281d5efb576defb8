import { fail, ok, type Result } from '../../result';
import type { ImportError } from '../importTypes';
import { SheetCells } from './sheetCells';
import { chooseSheet } from './chooseSheet';
import type { WorkbookOptions, WorkbookRead } from './workbookTypes';
import {
  parseDateStyles,
  parseRelationships,
  parseSharedStrings,
  parseWorkbook,
  relationshipOfType,
  relsPathOf,
  type Relationship,
} from './xlsxParts';
import { readSheetXml, type SheetContext } from './xlsxSheet';
import {
  findEntry,
  InflateBudget,
  readZipDirectory,
  readZipText,
  type ZipEntry,
} from './zipArchive';

interface Worksheet {
  readonly name: string;
  readonly path: string;
  readonly visible: boolean;
}

const badWorkbook = (detail: string) => fail<ImportError>({ code: 'bad-workbook', detail });

/** Inflates parts on demand, all against one budget; a missing part reads as null. */
class PartReader {
  private readonly budget: InflateBudget;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    maxInflatedBytes: number,
  ) {
    this.budget = new InflateBudget(maxInflatedBytes);
  }

  has(path: string): boolean {
    return findEntry(this.entries, path) !== undefined;
  }

  read(path: string): Result<string | null, ImportError> {
    const entry = findEntry(this.entries, path);
    return entry === undefined ? ok(null) : readZipText(this.bytes, entry, this.budget);
  }
}

function otherFormatDetail(parts: PartReader): string | null {
  if (parts.has('xl/workbook.bin'))
    return 'Binary .xlsb workbooks are not supported; save it as .xlsx.';
  if (parts.has('content.xml'))
    return 'OpenDocument spreadsheets are not supported; save it as .xlsx.';
  return null;
}

function findWorkbookPath(parts: PartReader): Result<string, ImportError> {
  const rootRels = parts.read('_rels/.rels');
  if (!rootRels.ok) return rootRels;
  const relationships = rootRels.value === null ? [] : parseRelationships(rootRels.value, '');
  return ok(relationshipOfType(relationships, 'officeDocument')?.target ?? 'xl/workbook.xml');
}

function readContext(
  parts: PartReader,
  relationships: readonly Relationship[],
  date1904: boolean,
): Result<SheetContext, ImportError> {
  const stringsPath = relationshipOfType(relationships, 'sharedStrings')?.target;
  const strings = stringsPath === undefined ? ok(null) : parts.read(stringsPath);
  if (!strings.ok) return strings;
  const stylesPath = relationshipOfType(relationships, 'styles')?.target;
  const styles = stylesPath === undefined ? ok(null) : parts.read(stylesPath);
  if (!styles.ok) return styles;
  return ok({
    sharedStrings: strings.value === null ? [] : parseSharedStrings(strings.value),
    dateStyles: styles.value === null ? new Uint8Array(0) : parseDateStyles(styles.value),
    date1904,
  });
}

function readWorksheet(
  parts: PartReader,
  sheet: Worksheet,
  context: SheetContext,
): Result<SheetCells, ImportError> {
  const xml = parts.read(sheet.path);
  if (!xml.ok) return xml;
  if (xml.value === null) return badWorkbook(`The sheet "${sheet.name}" is missing from the file.`);
  const cells = new SheetCells();
  const problem = readSheetXml(xml.value, context, cells);
  return problem === null ? ok(cells) : badWorkbook(`Sheet "${sheet.name}": ${problem}`);
}

/** Reads one sheet of an .xlsx (zip of XML parts), inflating only the parts it needs. */
export function readXlsx(
  bytes: Uint8Array,
  options: WorkbookOptions,
): Result<WorkbookRead, ImportError> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return directory;
  const parts = new PartReader(bytes, directory.value, options.maxInflatedBytes);
  const other = otherFormatDetail(parts);
  if (other !== null) return badWorkbook(other);
  const workbookPath = findWorkbookPath(parts);
  if (!workbookPath.ok) return workbookPath;
  const workbookXml = parts.read(workbookPath.value);
  if (!workbookXml.ok) return workbookXml;
  if (workbookXml.value === null)
    return badWorkbook('The file has no workbook part; it may not be an Excel file.');
  const info = parseWorkbook(workbookXml.value);
  const rels = parts.read(relsPathOf(workbookPath.value));
  if (!rels.ok) return rels;
  const relationships =
    rels.value === null ? [] : parseRelationships(rels.value, workbookPath.value);
  const sheets: Worksheet[] = [];
  for (const sheet of info.sheets) {
    const rel = relationships.find((r) => r.id === sheet.relationId);
    if (rel?.type.endsWith('/worksheet'))
      sheets.push({ name: sheet.name, path: rel.target, visible: sheet.visible });
  }
  if (sheets.length === 0) return fail({ code: 'no-sheets' });
  const context = readContext(parts, relationships, info.date1904);
  if (!context.ok) return context;
  const chosen = chooseSheet(sheets, options.sheet, (sheet) =>
    readWorksheet(parts, sheet, context.value),
  );
  if (!chosen.ok) return chosen;
  const { sheet, read } = chosen.value;
  return ok({ sheets: sheets.map((s) => s.name), sheet: sheet.name, ...read });
}
