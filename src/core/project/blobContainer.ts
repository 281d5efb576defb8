/*
 * A small binary container: typed arrays travel as raw little-endian bytes, the rest as JSON.
 *
 *   bytes 0-15   magic "SHEETSENSE-PRJ\r\n" (the CR/LF catches text-mode transfers)
 *   bytes 16-23  uint32 little-endian: T, length of the blob table; B, length of the body
 *   then         T bytes of UTF-8 JSON, the blob table: [{ type, offset, length }]
 *   then         B bytes of UTF-8 JSON, the body
 *   then         zero padding to a multiple of 8, then the blob area: each blob starts at a
 *                multiple of 8 from the area's start; `length` counts elements, not bytes.
 *
 * In the body a typed array is written as {"$blob": index} (the same array object once), and the
 * numbers JSON cannot hold exactly (NaN, ±Infinity, -0) as {"$num": "NaN" | "Infinity" | ...}.
 * A long list of strings (a column's levels) becomes {"$strings": [units, ends]}: its UTF-16 code
 * units in one u16 block and where each string ends in an i32 block. That keeps lone surrogates
 * exact and spares JSON a value per cell.
 */
import { fail, ok, type Result } from '../result';
import { fromStringBlocks, toStringBlocks } from './stringBlocks';

const MAGIC = new TextEncoder().encode('SHEETSENSE-PRJ\r\n');
const HEADER_BYTES = MAGIC.length + 8;

type BlobType = 'f64' | 'i32' | 'u16' | 'u8';
type Typed = Float64Array | Int32Array | Uint16Array | Uint8Array;
interface BlobEntry {
  readonly type: BlobType;
  readonly offset: number;
  readonly length: number;
}

const WIDTH: Readonly<Record<BlobType, number>> = { f64: 8, i32: 4, u16: 2, u8: 1 };
/** String lists at least this long go to blocks; shorter ones stay readable JSON. */
const STRING_BLOCK_MIN = 64;
const SPECIAL_NUMBERS = ['NaN', 'Infinity', '-Infinity', '-0'] as const;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function blobTypeOf(value: unknown): BlobType | null {
  if (value instanceof Float64Array) return 'f64';
  if (value instanceof Int32Array) return 'i32';
  if (value instanceof Uint16Array) return 'u16';
  if (value instanceof Uint8Array) return 'u8';
  return null;
}

function specialNumber(value: number): string | null {
  if (Object.is(value, -0)) return '-0';
  return Number.isFinite(value) ? null : String(value);
}

/** Bytes reversed within each element (only on a big-endian machine: the file is little-endian). */
function swapped(bytes: Uint8Array, width: number): Uint8Array {
  if (LITTLE_ENDIAN || width === 1) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i - (i % width) + width - 1 - (i % width)]!;
  return out;
}

const viewBytes = (array: Typed) =>
  swapped(
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
    array.BYTES_PER_ELEMENT,
  );

/** Writes `body` (plain data with typed arrays) as one container file. */
export function packContainer(body: unknown): Uint8Array<ArrayBuffer> {
  const arrays: Typed[] = [];
  const indexOf = new Map<Typed, number>();
  const blobs: BlobEntry[] = [];
  let areaBytes = 0;
  const blobIndex = (array: Typed, type: BlobType): number => {
    let index = indexOf.get(array);
    if (index === undefined) {
      index = arrays.push(array) - 1;
      indexOf.set(array, index);
      blobs.push({ type, offset: areaBytes, length: array.length });
      areaBytes = align8(areaBytes + array.byteLength);
    }
    return index;
  };
  const json = JSON.stringify(body, (_key, value: unknown) => {
    const type = blobTypeOf(value);
    if (type !== null) return { $blob: blobIndex(value as Typed, type) };
    if (ArrayBuffer.isView(value))
      throw new Error('Only Float64, Int32, Uint16, Uint8 arrays are kept');
    const blocks =
      Array.isArray(value) && value.length >= STRING_BLOCK_MIN ? toStringBlocks(value) : null;
    if (blocks)
      return { $strings: [blobIndex(blocks.units, 'u16'), blobIndex(blocks.ends, 'i32')] };
    const special = typeof value === 'number' ? specialNumber(value) : null;
    return special === null ? value : { $num: special };
  });
  const encoder = new TextEncoder();
  const table = encoder.encode(JSON.stringify(blobs));
  const text = encoder.encode(json);
  const areaStart = align8(HEADER_BYTES + table.length + text.length);
  const out = new Uint8Array(areaStart + areaBytes);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(MAGIC.length, table.length, true);
  view.setUint32(MAGIC.length + 4, text.length, true);
  out.set(table, HEADER_BYTES);
  out.set(text, HEADER_BYTES + table.length);
  arrays.forEach((array, i) => out.set(viewBytes(array), areaStart + blobs[i]!.offset));
  return out;
}

/** Why a container cannot be read: it is not one, or it is damaged (with a short English reason). */
export type UnpackError =
  { readonly code: 'not-a-container' } | { readonly code: 'damaged'; readonly reason: string };

class Damaged extends Error {}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function readBlobTable(value: unknown, areaBytes: number): BlobEntry[] {
  if (!Array.isArray(value)) throw new Damaged('its table of data blocks is missing');
  return value.map((entry: unknown, i) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const { type, offset, length } = e;
    if (type !== 'f64' && type !== 'i32' && type !== 'u16' && type !== 'u8') {
      throw new Damaged(`data block ${i} has no known type`);
    }
    const fits =
      isCount(offset) &&
      isCount(length) &&
      offset % 8 === 0 &&
      offset + length * WIDTH[type] <= areaBytes;
    if (!fits) throw new Damaged(`data block ${i} lies outside the file`);
    return { type, offset, length };
  });
}

/** A fresh typed array (its own buffer, so it can be transferred alone) from the blob area. */
function copyBlob(area: Uint8Array, entry: BlobEntry): Typed {
  const width = WIDTH[entry.type];
  const bytes = swapped(area.slice(entry.offset, entry.offset + entry.length * width), width);
  if (entry.type === 'f64') return new Float64Array(bytes.buffer);
  if (entry.type === 'i32') return new Int32Array(bytes.buffer);
  return entry.type === 'u16' ? new Uint16Array(bytes.buffer) : bytes;
}

/** A reviver that turns {$blob}, {$strings} and {$num} markers back into what they stand for. */
function markerReviver(entries: readonly BlobEntry[], area: Uint8Array) {
  const made = new Map<number, Typed>();
  const blob = (index: unknown): Typed => {
    const entry = Number.isInteger(index) ? entries[index as number] : undefined;
    if (entry === undefined) throw new Damaged('a data block it names is missing');
    const array = made.get(index as number) ?? copyBlob(area, entry);
    made.set(index as number, array);
    return array;
  };
  const strings = (indices: unknown): string[] => {
    const [units, ends] = Array.isArray(indices) ? indices.map(blob) : [];
    const ok = units instanceof Uint16Array && ends instanceof Int32Array;
    const list = ok ? fromStringBlocks({ units, ends }) : null;
    if (!list) throw new Damaged('a list of text in it is unreadable');
    return list;
  };
  return (_key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1) return value;
    const marker = value as Record<string, unknown>;
    if (keys[0] === '$blob') return blob(marker.$blob);
    if (keys[0] === '$strings') return strings(marker.$strings);
    if (keys[0] !== '$num') return value;
    const special = SPECIAL_NUMBERS.find((s) => s === marker.$num);
    if (special === undefined) throw new Damaged('a number in it is unreadable');
    return special === '-0' ? -0 : Number(special);
  };
}

/** Reads a container back into the body it was packed from (shapes are the caller's to check). */
export function unpackContainer(bytes: Uint8Array): Result<unknown, UnpackError> {
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
    return fail({ code: 'not-a-container' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tableLength = view.getUint32(MAGIC.length, true);
  const bodyLength = view.getUint32(MAGIC.length + 4, true);
  const bodyStart = HEADER_BYTES + tableLength;
  const areaStart = align8(bodyStart + bodyLength);
  if (areaStart > bytes.length) return fail({ code: 'damaged', reason: 'the file is cut short' });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    const area = bytes.subarray(areaStart);
    const table = JSON.parse(decoder.decode(bytes.subarray(HEADER_BYTES, bodyStart))) as unknown;
    const entries = readBlobTable(table, area.length);
    const bodyText = decoder.decode(bytes.subarray(bodyStart, bodyStart + bodyLength));
    return ok(JSON.parse(bodyText, markerReviver(entries, area)) as unknown);
  } catch (error) {
    if (error instanceof Damaged) return fail({ code: 'damaged', reason: error.message });
    if (error instanceof SyntaxError || error instanceof TypeError) {
      return fail({ code: 'damaged', reason: 'its text part is not readable' });
    }
    throw error;
  }
}
