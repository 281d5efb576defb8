import { SST_OPEN } from './workbookParts';
import { textElement } from './xmlText';

/** Excel refuses longer cell text, so longer strings are cut to this many characters. */
export const MAX_CELL_CHARS = 32767;

/** The workbook-wide string table: each distinct string is stored once and cells point at it. */
export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly strings: string[] = [];
  private references = 0;

  /** Index of `text` in the table, adding it on first use. */
  indexFor(text: string): number {
    const cut = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
    this.references++;
    const known = this.indexOf.get(cut);
    if (known !== undefined) return known;
    const index = this.strings.length;
    this.indexOf.set(cut, index);
    this.strings.push(cut);
    return index;
  }

  /** sharedStrings.xml, encoded in slices so a huge table never becomes one giant string. */
  toXmlChunks(encoder: TextEncoder): Uint8Array[] {
    const chunks = [encoder.encode(SST_OPEN(this.references, this.strings.length))];
    const sliceSize = 4096;
    for (let start = 0; start < this.strings.length; start += sliceSize) {
      let xml = '';
      for (const text of this.strings.slice(start, start + sliceSize)) {
        xml += `<si>${textElement(text)}</si>`;
      }
      chunks.push(encoder.encode(xml));
    }
    chunks.push(encoder.encode('</sst>'));
    return chunks;
  }
}
