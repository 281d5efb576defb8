import { isDateFormatId } from './dateFormats';
import { XmlScanner } from './xmlScanner';
import { decodeExcelEscapes } from './xmlText';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string; // a full path inside the zip
}

export interface WorkbookSheet {
  readonly name: string;
  readonly relationId: string;
  readonly visible: boolean;
}

export interface WorkbookInfo {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

/** The folder a part lives in, with a trailing slash ('' at the root). */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** Resolves a relationship target against its source part ('/x' is from the root, '..' goes up). */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folderOf(sourcePart) + target;
  const parts: string[] = [];
  for (const part of joined.replaceAll('\\', '/').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Where the relationships of a part are stored: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Reads a .rels part; targets come back as full paths inside the zip. */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const scanner = new XmlScanner(xml);
  const relationships: Relationship[] = [];
  while (scanner.seek('Relationship')) {
    if (scanner.isClosing) continue;
    const id = scanner.attr('Id');
    const target = scanner.attr('Target');
    if (id === null || target === null || scanner.attr('TargetMode') === 'External') continue;
    relationships.push({
      id,
      type: scanner.attr('Type') ?? '',
      target: resolveTarget(sourcePart, target),
    });
  }
  return relationships;
}

/** The first relationship whose type ends with `/kind` (transitional and strict OOXML both match). */
export function relationshipOfType(
  relationships: readonly Relationship[],
  kind: string,
): Relationship | undefined {
  return relationships.find((r) => r.type.endsWith(`/${kind}`));
}

const isTrue = (value: string | null): boolean => value === '1' || value === 'true';

/** Reads workbook.xml: sheet names in tab order, their relationship ids, and the date system. */
export function parseWorkbook(xml: string): WorkbookInfo {
  const scanner = new XmlScanner(xml);
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  while (scanner.next()) {
    if (scanner.isClosing) continue;
    if (scanner.is('workbookPr')) {
      date1904 = isTrue(scanner.attr('date1904'));
    } else if (scanner.is('sheet')) {
      const name = scanner.attr('name');
      const relationId = scanner.attr('id');
      const state = scanner.attr('state');
      if (name !== null && relationId !== null) {
        sheets.push({ name, relationId, visible: state === null || state === 'visible' });
      }
    }
  }
  return { sheets, date1904 };
}

/** Reads the text of one <si> or <is> element: plain <t>, or the <t> of each rich-text run. */
export function readStringItem(scanner: XmlScanner, elementName: string): string {
  let text = '';
  let phoneticDepth = 0;
  while (scanner.next()) {
    if (scanner.is(elementName) && scanner.isClosing) break;
    if (scanner.is('rPh')) {
      if (!scanner.isSelfClosing) phoneticDepth += scanner.isClosing ? -1 : 1;
    } else if (scanner.is('t') && !scanner.isClosing && phoneticDepth === 0) {
      text += scanner.innerText();
    }
  }
  return decodeExcelEscapes(text);
}

/** Reads sharedStrings.xml into an array indexed like the cells' `t="s"` values. */
export function parseSharedStrings(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const strings: string[] = [];
  while (scanner.seek('si')) {
    if (scanner.isClosing) continue;
    strings.push(scanner.isSelfClosing ? '' : readStringItem(scanner, 'si'));
  }
  return strings;
}

/** Reads styles.xml: for each cell style index (`s`), whether its number format shows a date. */
export function parseDateStyles(xml: string): Uint8Array {
  const scanner = new XmlScanner(xml);
  const codes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  while (scanner.next()) {
    if (scanner.is('numFmt') && !scanner.isClosing) {
      const id = Number(scanner.attr('numFmtId'));
      const code = scanner.attr('formatCode');
      if (Number.isInteger(id) && code !== null) codes.set(id, code);
    } else if (scanner.is('cellXfs')) {
      inCellXfs = !scanner.isClosing && !scanner.isSelfClosing;
    } else if (inCellXfs && scanner.is('xf') && !scanner.isClosing) {
      formatIds.push(Number(scanner.attr('numFmtId') ?? '0'));
    }
  }
  return Uint8Array.from(formatIds, (id) =>
    Number.isInteger(id) && isDateFormatId(id, codes) ? 1 : 0,
  );
}
