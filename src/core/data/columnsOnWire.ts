import { LazyStrings, pendingAsciiBytes, rawWithLazyDictionary } from './lazyStrings';
import { listStarts, unpackList } from './packedLists';
import {
  packedStringBuffers,
  packStrings,
  STRINGS_PER_CHUNK,
  type PackableList,
  type PackedStrings,
} from './packedStrings';
import type { Column, RawColumn } from './table';
import { columnsBuffers } from './tableBuffers';

type WireRawColumn =
  | { readonly kind: 'numbers'; readonly values: Float64Array }
  | { readonly kind: 'strings'; readonly codes: Int32Array; readonly dictionary: number };

/** A column whose string lists are indices into the packed strings. */
export interface WireColumn extends Omit<Column, 'raw' | 'levels'> {
  readonly raw: WireRawColumn;
  readonly levels: number | null;
}

/**
 * Columns as they cross between threads: typed arrays and packed strings (transferred), or, when
 * a string cannot be packed exactly, the columns themselves (cloned).
 */
export type ColumnsOnWire =
  | { readonly kind: 'packed'; readonly columns: WireColumn[]; readonly strings: PackedStrings }
  | { readonly kind: 'plain'; readonly columns: readonly Column[] };

/** The lists hold the same strings in the same order. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Packs the string lists of `columns`. A column's levels usually equal its raw dictionary (the
 * distinct texts): such a list is packed once and arrives as one shared array.
 */
export function columnsToWire(columns: readonly Column[]): ColumnsOnWire {
  const lists: PackableList[] = [];
  const indexOf = new Map<PackableList, number>();
  const listIndex = (list: PackableList): number => {
    let index = indexOf.get(list);
    if (index === undefined) {
      index = lists.push(list) - 1;
      indexOf.set(list, index);
    }
    return index;
  };
  const wired = columns.map((column): WireColumn => {
    const { raw, levels } = column;
    if (raw.kind === 'numbers') {
      return { ...column, raw, levels: levels === null ? null : listIndex(levels) };
    }
    // Texts still held as ASCII bytes (see lazyStrings) are copied as they are, never decoded here.
    const bytes = pendingAsciiBytes(raw);
    const dictionary = listIndex(bytes ?? raw.dictionary);
    const levelsIndex =
      levels === null
        ? null
        : bytes === null && sameStrings(levels, raw.dictionary)
          ? dictionary
          : listIndex(levels);
    // Not a spread of `raw`: that would read (decode) a dictionary still held as bytes.
    return {
      ...column,
      raw: { kind: 'strings', codes: raw.codes, dictionary },
      levels: levelsIndex,
    };
  });
  const strings = packStrings(lists);
  // A lone surrogate cannot be packed: the columns are cloned, held bytes read as strings.
  return strings === null
    ? { kind: 'plain', columns }
    : { kind: 'packed', columns: wired, strings };
}

/**
 * A dictionary that no column shows as its levels and that holds at least this many strings stays
 * packed on the page until first read (see lazyStrings); smaller ones are not worth the laziness.
 */
export const LAZY_DICTIONARY_MIN = STRINGS_PER_CHUNK;

/** The packed lists a page needs as strings at once: levels, and dictionaries too small to wait. */
function listsNeededNow(columns: readonly WireColumn[], packed: PackedStrings): Set<number> {
  const needed = new Set<number>();
  for (const { levels } of columns) if (levels !== null) needed.add(levels);
  for (const { raw } of columns) {
    if (raw.kind !== 'strings') continue;
    if ((packed.listLengths[raw.dictionary] ?? 0) < LAZY_DICTIONARY_MIN) needed.add(raw.dictionary);
  }
  return needed;
}

/**
 * The columns back, yielding between chunks of strings (see unpackList). With `lazy`, a big
 * dictionary that no column shows as levels (the raw texts of a date column) stays packed until
 * first read (see rawWithLazyDictionary), so the page makes no JS strings for it now.
 */
export function* columnsFromWire(
  wire: ColumnsOnWire,
  lazy = false,
): Generator<void, Column[], void> {
  if (wire.kind === 'plain') return [...wire.columns];
  const { strings: packed, columns } = wire;
  const starts = listStarts(packed);
  const needed = lazy ? listsNeededNow(columns, packed) : null;
  const lists = new Map<number, string[] | LazyStrings>();
  for (let index = 0; index < packed.listLengths.length; index++) {
    const start = starts[index] as number;
    const length = packed.listLengths[index] as number;
    lists.set(
      index,
      needed === null || needed.has(index)
        ? yield* unpackList(packed, start, length)
        : LazyStrings.fromPacked(packed, start, length),
    );
  }
  const list = (index: number): string[] | LazyStrings => {
    const found = lists.get(index);
    if (found === undefined) throw new Error(`packed string list ${index} is missing`);
    return found;
  };
  const strings = (index: number): string[] => {
    const found = list(index);
    return found instanceof LazyStrings ? found.now() : found;
  };
  return columns.map((column): Column => {
    const { raw, levels } = column;
    const dictionary = raw.kind === 'strings' ? list(raw.dictionary) : null;
    const rawColumn: RawColumn =
      raw.kind === 'numbers'
        ? raw
        : dictionary instanceof LazyStrings
          ? rawWithLazyDictionary(raw.codes, dictionary)
          : { ...raw, dictionary: strings(raw.dictionary) };
    return { ...column, raw: rawColumn, levels: levels === null ? null : strings(levels) };
  });
}

/** The buffers to transfer with `wire`. */
export function wireBuffers(wire: ColumnsOnWire): ArrayBuffer[] {
  const typed = columnsBuffers(wire.columns);
  return wire.kind === 'plain' ? typed : [...typed, ...packedStringBuffers(wire.strings)];
}
