import { strToU8, zipSync } from 'fflate';

/** Builders for the bytes of hostile files; everything is made in Node at test time. */
export const MiB = 1024 * 1024;
export const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Quotes a CSV field the way Excel does. */
export const csvField = (text: string) => `"${text.replaceAll('"', '""')}"`;

// "中文,北京" in GBK, written by hand: Node has a GBK decoder but no encoder.
export const GBK_ROW = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0xb1, 0xb1, 0xbe, 0xa9, 0x0a]);

/** A 1x1 PNG's signature, header and end chunks. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000049454e44ae426082',
  'hex',
);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKBOOK_XML = `<workbook xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS_XML = `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/s1.xml"/></Relationships>`;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** A cell written as a number (`<v>`) with exactly this text. */
export interface NumberCell {
  readonly number: string;
}

/** A one-sheet .xlsx with inline-string and number cells, built with fflate. */
export function xlsxOf(rows: readonly (readonly (string | NumberCell)[])[]): Buffer {
  const sheetRows = rows.map((cells, r) => {
    const xml = cells.map((value, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      return typeof value === 'string'
        ? `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
        : `<c r="${ref}"><v>${escapeXml(value.number)}</v></c>`;
    });
    return `<row r="${r + 1}">${xml.join('')}</row>`;
  });
  const sheet = `<worksheet><sheetData>${sheetRows.join('')}</sheetData></worksheet>`;
  const zip = zipSync({
    'xl/workbook.xml': strToU8(WORKBOOK_XML),
    'xl/_rels/workbook.xml.rels': strToU8(RELS_XML),
    'xl/worksheets/s1.xml': strToU8(sheet),
  });
  return Buffer.from(zip);
}

interface ZipEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Buffer; // compressed already when method is 8
  readonly size: number; // uncompressed size, as declared
}

/** A zip (no CRCs: the app's reader does not check them) of entries stored or deflated already. */
function rawZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name: text, method, data, size } of entries) {
    const name = utf8(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(method, 10);
    head.writeUInt32LE(data.length, 20);
    head.writeUInt32LE(size >>> 0, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(head, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes bits into a zero-filled buffer the way DEFLATE packs them: least significant first. */
class BitWriter {
  bit = 0;
  constructor(readonly bytes: Buffer) {}
  /** A number's low `count` bits, least significant first (block header fields, extra bits). */
  number(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.put((value >> i) & 1);
  }
  /** A Huffman code, most significant bit first, as DEFLATE stores codes. */
  code(bits: string): void {
    for (const b of bits) this.put(b === '1' ? 1 : 0);
  }
  private put(one: number): void {
    if (one) this.bytes[this.bit >> 3]! |= 1 << (this.bit & 7);
    this.bit++;
  }
}

/**
 * One dynamic-Huffman DEFLATE block: a literal 0, then `copies` copies of 258 bytes at distance
 * 1, each coded in 2 bits (~1000x). The code lengths below give length 258 a 1-bit code.
 */
function deflateZeros(copies: number): Buffer {
  const out = new BitWriter(Buffer.alloc(64 + Math.ceil(copies / 4)));
  out.number(1, 1); // final block
  out.number(2, 2); // dynamic Huffman
  out.number(286 - 257, 5);
  out.number(2 - 1, 5);
  out.number(18 - 4, 4);
  // Code-length code lengths in DEFLATE's order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1.
  for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2])
    out.number(length, 3);
  // Canonical codes: 18 -> 0, 1 -> 10, 2 -> 11. Literal 0 and end-of-block get 2 bits, 285 one bit.
  out.code('11'); // literal 0: length 2
  out.code('0');
  out.number(138 - 11, 7); // literals 1..138 unused
  out.code('0');
  out.number(117 - 11, 7); // literals 139..255 unused
  out.code('11'); // end of block: length 2
  out.code('0');
  out.number(28 - 11, 7); // lengths 257..284 unused
  out.code('10'); // length 258 (symbol 285): length 1
  out.code('10');
  out.code('10'); // distance codes 0 and 1: length 1
  // Canonical codes: 285 -> 0, literal 0 -> 10, end of block -> 11; distance 0 -> 0.
  out.code('10');
  out.bit += 2 * copies; // each copy is "0" (length 258) then "0" (distance 1): zero bits
  out.code('11');
  return out.bytes.subarray(0, Math.ceil(out.bit / 8));
}

/** A small .xlsx whose one sheet inflates past `inflated` bytes of zeros while declaring 1 KB. */
export function xlsxBomb(inflated: number): Buffer {
  const stored = (name: string, xml: string): ZipEntry => {
    const data = utf8(xml);
    return { name, method: 0, data, size: data.length };
  };
  const sheet = deflateZeros(Math.ceil(inflated / 258));
  return rawZip([
    stored('xl/workbook.xml', WORKBOOK_XML),
    stored('xl/_rels/workbook.xml.rels', RELS_XML),
    { name: 'xl/worksheets/s1.xml', method: 8, data: sheet, size: 1024 },
  ]);
}

/** An .xls-looking compound file: the right signature, then noise. */
export function corruptXls(): Buffer {
  const head = Buffer.from('d0cf11e0a1b11ae1', 'hex');
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 131 + 7) & 0xff;
  return Buffer.concat([head, noise]);
}

/** `count` columns named c1..cN and two data rows. */
export function wideCsv(count: number): Buffer {
  const header = Array.from({ length: count }, (_, i) => `c${i + 1}`).join(',');
  const row = Array.from({ length: count }, (_, i) => String(i % 10)).join(',');
  return utf8(`${header}\n${row}\n${row}\n`);
}

/** One quoted cell of `bytes` letters between two ordinary rows. */
export function hugeCellCsv(bytes: number): Buffer {
  return Buffer.concat([utf8('id,note\n1,"'), Buffer.alloc(bytes, 'x'), utf8('"\n2,short\n')]);
}

/** UTF-8 rows filling more than the encoding sample (64 KiB), then rows in GBK. */
export function utf8ThenGbk(): Buffer {
  const rows = Array.from({ length: 6000 }, (_, i) => `城市${i},上海\n`).join('');
  return Buffer.concat([utf8(`name,city\n${rows}`), ...Array<Buffer>(50).fill(GBK_ROW)]);
}

/** Text as UTF-16LE without a byte-order mark. */
export const utf16le = (text: string) => Buffer.from(text, 'utf16le');

/**
 * 60 rows: `segment` whose levels are `cells`, a free-text `note` holding them too, `spend`, and
 * a `revenue` driven by spend and segment, so that a linear model has real levels to show.
 */
export function inertDatasetCsv(cells: readonly string[]): Buffer {
  const lines = ['segment,note,spend,revenue'];
  for (let i = 0; i < 60; i++) {
    const level = i % cells.length;
    const cell = cells[level] ?? '';
    const spend = 10 + ((i * 37) % 50);
    const revenue = 3 * spend + 25 * level + ((i * 13) % 7) / 10;
    lines.push([csvField(cell), csvField(`${cell} #${i}`), spend, revenue.toFixed(2)].join(','));
  }
  return utf8(`${lines.join('\n')}\n`);
}
