import { Inflate } from 'fflate';
import { fail, ok, type Result } from '../../result';
import type { ImportError } from '../importTypes';

/** One file inside a zip, as its central directory describes it (sizes may lie). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** What the directory says the part inflates to; only ever used to refuse early, never trusted. */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** Counts bytes actually inflated across every part read from one workbook. */
export class InflateBudget {
  used = 0;
  constructor(readonly maxBytes: number) {}
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** DEFLATE expands at most ~1032x, so a step of this many compressed bytes cannot emit more. */
const MAX_DEFLATE_RATIO = 1032;
const MIN_STEP = 1024;
const MAX_STEP = 256 * 1024;

/** Compressed bytes to push next: small enough that the output cannot overshoot the budget twice. */
function inflateStep(budget: InflateBudget): number {
  const left = Math.max(0, budget.maxBytes - budget.used);
  return Math.min(MAX_STEP, Math.max(MIN_STEP, Math.floor(left / MAX_DEFLATE_RATIO)));
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const damaged = (detail: string) => fail<ImportError>({ code: 'bad-workbook', detail });

/** Lists a zip's entries by name (folders skipped, backslashes read as slashes). */
export function readZipDirectory(bytes: Uint8Array): Result<Map<string, ZipEntry>, ImportError> {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return damaged('The file is cut short or is not a valid zip archive.');
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return damaged('The zip directory of the file is damaged.');
    }
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const decoder = (flags & 0x800) !== 0 ? utf8 : latin1;
    const name = decoder.decode(nameBytes).replaceAll('\\', '/').replace(/^\/+/, '');
    if (!name.endsWith('/')) {
      entries.set(name, {
        name,
        method: u16(bytes, at + 10),
        compressedSize: u32(bytes, at + 20),
        declaredSize: declaredSize(bytes, at, nameLength),
        localHeaderOffset: u32(bytes, at + 42),
      });
    }
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return ok(entries);
}

const ZIP64_MARKER = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;

/** A central record's uncompressed size, from its zip64 extra field when the 32-bit one is maxed. */
function declaredSize(bytes: Uint8Array, record: number, nameLength: number): number {
  const size32 = u32(bytes, record + 24);
  if (size32 !== ZIP64_MARKER) return size32;
  const extraEnd = record + 46 + nameLength + u16(bytes, record + 30);
  for (let at = record + 46 + nameLength; at + 4 <= extraEnd;) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    // The zip64 record lists the uncompressed size first, as a 64-bit little-endian number.
    if (id === ZIP64_EXTRA_ID && length >= 8)
      return u32(bytes, at + 4) + u32(bytes, at + 8) * 2 ** 32;
    at += 4 + length;
  }
  return size32;
}

/** Finds an entry by exact name, then ignoring case (some writers vary the case). */
export function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  const wanted = name.toLowerCase();
  for (const [key, entry] of entries) if (key.toLowerCase() === wanted) return entry;
  return undefined;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_SIGNATURE) return null;
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (start > bytes.length) return null;
  // A lying size can only shrink what we read, never reach past the file.
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/**
 * Inflates one entry to text, counting the bytes actually produced against the budget and
 * stopping as soon as it is spent (declared sizes are never trusted).
 */
export function readZipText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
): Result<string, ImportError> {
  // An honest archive that says it is too big is refused before a byte is inflated.
  if (entry.declaredSize > budget.maxBytes - budget.used) {
    budget.used += entry.declaredSize;
    return fail({ code: 'zip-bomb', maxBytes: budget.maxBytes });
  }
  const data = compressedData(bytes, entry);
  if (data === null) return damaged(`The part ${entry.name} of the file is damaged.`);
  const decoder = new TextDecoder('utf-8');
  const pieces: string[] = [];
  let overBudget = false;
  const take = (chunk: Uint8Array): void => {
    budget.used += chunk.length;
    if (budget.used > budget.maxBytes) overBudget = true;
    else if (chunk.length > 0) pieces.push(decoder.decode(chunk, { stream: true }));
  };
  if (entry.method === STORED) {
    take(data);
  } else if (entry.method === DEFLATED) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < data.length && !overBudget;) {
        const end = Math.min(data.length, at + inflateStep(budget));
        inflater.push(data.subarray(at, end), end === data.length);
        at = end;
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      return damaged(`The part ${entry.name} of the file is damaged.`);
    }
  } else {
    return damaged(`The part ${entry.name} uses an unsupported compression method.`);
  }
  if (overBudget) return fail({ code: 'zip-bomb', maxBytes: budget.maxBytes });
  pieces.push(decoder.decode());
  return ok(pieces.join(''));
}
