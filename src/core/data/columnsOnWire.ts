import {
  packedStringBuffers,
  packStrings,
  unpackStrings,
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
  const lists: (readonly string[])[] = [];
  const indexOf = new Map<readonly string[], number>();
  const listIndex = (list: readonly string[]): number => {
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
    const dictionary = listIndex(raw.dictionary);
    const levelsIndex =
      levels === null ? null : sameStrings(levels, raw.dictionary) ? dictionary : listIndex(levels);
    return { ...column, raw: { ...raw, dictionary }, levels: levelsIndex };
  });
  const strings = packStrings(lists);
  return strings === null
    ? { kind: 'plain', columns }
    : { kind: 'packed', columns: wired, strings };
}

/** The columns back, yielding between chunks of strings (see unpackStrings). */
export function* columnsFromWire(wire: ColumnsOnWire): Generator<void, Column[], void> {
  if (wire.kind === 'plain') return [...wire.columns];
  const lists = yield* unpackStrings(wire.strings);
  const list = (index: number): string[] => {
    const found = lists[index];
    if (found === undefined) throw new Error(`packed string list ${index} is missing`);
    return found;
  };
  return wire.columns.map((column): Column => {
    const { raw, levels } = column;
    const rawColumn: RawColumn =
      raw.kind === 'numbers' ? raw : { ...raw, dictionary: list(raw.dictionary) };
    return { ...column, raw: rawColumn, levels: levels === null ? null : list(levels) };
  });
}

/** The buffers to transfer with `wire`. */
export function wireBuffers(wire: ColumnsOnWire): ArrayBuffer[] {
  const typed = columnsBuffers(wire.columns);
  return wire.kind === 'plain' ? typed : [...typed, ...packedStringBuffers(wire.strings)];
}
