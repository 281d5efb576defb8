import { pendingDictionary, type LazyStrings } from '../data/lazyStrings';
import type { Column, DataTable } from '../data/table';
import { fromStringBlocks, type StringBlocks } from './stringBlocks';

/*
 * The page's table on its way to the project worker for saving. The page keeps its table, so the
 * typed arrays are copied, and the string lists become UTF-16 blocks (exact, lone surrogates
 * too); everything is then transferred. The copying is a generator that yields between small
 * steps, so the page can spread it over short tasks (runInSlices) instead of one long clone.
 */

type SavedRaw =
  | { readonly kind: 'numbers'; readonly values: Float64Array }
  | { readonly kind: 'strings'; readonly codes: Int32Array; readonly dictionary: number };

/** A column whose string lists are indices into `TableToSave.strings`. */
export interface ColumnToSave extends Omit<Column, 'raw' | 'levels'> {
  readonly raw: SavedRaw;
  readonly levels: number | null;
}

export interface TableToSave {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly ColumnToSave[];
  readonly strings: readonly StringBlocks[];
}

/** Strings turned into code units per step: well under a few milliseconds on a slow machine. */
const STRINGS_PER_STEP = 8192;

/** The list as blocks, yielding every STRINGS_PER_STEP strings. */
function* blocksOf(list: readonly string[]): Generator<void, StringBlocks, void> {
  let total = 0;
  for (const text of list) total += text.length;
  const units = new Uint16Array(total);
  const ends = new Int32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const text = list[i]!;
    for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k);
    at += text.length;
    ends[i] = at;
    if ((i + 1) % STRINGS_PER_STEP === 0) yield;
  }
  return { units, ends };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

type Typed = Float64Array | Int32Array;

/** Copies arrays and lists once each, remembering what it copied so that shared ones stay shared. */
class SaveCopier {
  readonly strings: StringBlocks[] = [];
  private readonly copies = new Map<Typed, Typed>();
  private readonly lists = new Map<readonly string[], number>();
  private readonly packedLists = new Map<LazyStrings, number>();

  *array<T extends Typed>(array: T): Generator<void, T, void> {
    const found = this.copies.get(array) as T | undefined;
    if (found !== undefined) return found;
    const copy = array.slice() as T;
    this.copies.set(array, copy);
    yield;
    return copy;
  }

  *list(list: readonly string[]): Generator<void, number, void> {
    const found = this.lists.get(list);
    if (found !== undefined) return found;
    const index = this.strings.push(yield* blocksOf(list)) - 1;
    this.lists.set(list, index);
    return index;
  }

  *packedList(list: LazyStrings): Generator<void, number, void> {
    const found = this.packedLists.get(list);
    if (found !== undefined) return found;
    const index = this.strings.push(yield* list.units()) - 1;
    this.packedLists.set(list, index);
    return index;
  }

  *column(column: Column): Generator<void, ColumnToSave, void> {
    const { raw, levels, values, codes } = column;
    let savedRaw: SavedRaw;
    if (raw.kind === 'numbers') {
      savedRaw = { kind: 'numbers', values: yield* this.array(raw.values) };
    } else {
      const packed = pendingDictionary(raw);
      // A dictionary still packed (see lazyStrings) is copied from its bytes: no strings made.
      const dictionary = packed ? yield* this.packedList(packed) : yield* this.list(raw.dictionary);
      savedRaw = { kind: 'strings', codes: yield* this.array(raw.codes), dictionary };
      // Levels equal to the dictionary (the usual case) are sent once.
      if (!packed && levels !== null && sameStrings(levels, raw.dictionary))
        this.lists.set(levels, dictionary);
    }
    return {
      ...column,
      raw: savedRaw,
      values: values === null ? null : yield* this.array(values),
      codes: codes === null ? null : yield* this.array(codes),
      levels: levels === null ? null : yield* this.list(levels),
    };
  }
}

/**
 * Copies `table` for the worker in small steps. An array shared within the table (a column's
 * codes that are its raw codes) is copied once and stays shared, so the file written from the
 * copy is the same byte for byte.
 */
export function* tableToSave(table: DataTable): Generator<void, TableToSave, void> {
  const copier = new SaveCopier();
  const columns: ColumnToSave[] = [];
  for (const column of table.columns) columns.push(yield* copier.column(column));
  return { name: table.name, rowCount: table.rowCount, columns, strings: copier.strings };
}

/** Every buffer of a table to save, to transfer (they are the page's fresh copies). */
export function tableToSaveBuffers(table: TableToSave): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>();
  for (const { raw, values, codes } of table.columns) {
    buffers.add(raw.kind === 'numbers' ? raw.values.buffer : raw.codes.buffer);
    if (values !== null) buffers.add(values.buffer);
    if (codes !== null) buffers.add(codes.buffer);
  }
  for (const { units, ends } of table.strings) buffers.add(units.buffer).add(ends.buffer);
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** The table back (worker side, in one go); throws on blocks that do not add up (a bug). */
export function tableFromSave(saved: TableToSave): DataTable {
  const lists = saved.strings.map((blocks) => {
    const list = fromStringBlocks(blocks);
    if (list === null) throw new Error('a list of strings to save is inconsistent');
    return list;
  });
  const list = (index: number): string[] => {
    const found = lists[index];
    if (found === undefined) throw new Error(`list of strings ${index} is missing`);
    return found;
  };
  const columns = saved.columns.map((column): Column => {
    const { raw, levels } = column;
    return {
      ...column,
      raw: raw.kind === 'numbers' ? raw : { ...raw, dictionary: list(raw.dictionary) },
      levels: levels === null ? null : list(levels),
    };
  });
  return { name: saved.name, rowCount: saved.rowCount, columns };
}
