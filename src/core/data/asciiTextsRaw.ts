import type { AsciiTextBytes } from './packedStrings';
import type { RawColumn } from './table';

/*
 * A date or number column typed by a part worker comes back with its raw texts as the UTF-8 bytes
 * of its merged dictionary (a million distinct timestamps at a million rows). The import worker
 * only passes them on to the page, which packs them as UTF-8 again: decoding them into strings
 * there and encoding them back cost that thread about half a second at a million rows. So such a
 * dictionary stays as its bytes behind a getter, and columnsToWire copies the bytes as they are.
 */

interface HeldTexts {
  readonly bytes: AsciiTextBytes;
  readonly decode: () => string[];
  strings: string[] | null;
}

const heldTexts = new WeakMap<RawColumn, HeldTexts>();

/**
 * A raw strings column over `bytes` whose dictionary is `decode()`'s strings, made on its first read. The getter is
 * an own enumerable property, so spreads and structured clones read it and get plain strings.
 */
export function rawWithAsciiDictionary(
  codes: Int32Array,
  bytes: AsciiTextBytes,
  decode: () => string[],
): RawColumn {
  const held: HeldTexts = { bytes, decode, strings: null };
  const raw: RawColumn = {
    kind: 'strings',
    codes,
    get dictionary(): readonly string[] {
      held.strings ??= held.decode();
      return held.strings;
    },
  };
  heldTexts.set(raw, held);
  return raw;
}

/** `raw`'s dictionary as ASCII bytes while nobody has read it as strings, else null. */
export function asciiBytesBehind(raw: RawColumn): AsciiTextBytes | null {
  const held = heldTexts.get(raw);
  return held !== undefined && held.strings === null ? held.bytes : null;
}
