import {
  columnsFromWire,
  columnsToWire,
  sameStrings,
  wireBuffers,
  type ColumnsOnWire,
} from '../columnsOnWire';
import { LazyStrings, rawWithLazyDictionary } from '../lazyStrings';
import type { Column } from '../table';
import { stringsFromBytes, type DictionaryBytes } from './dictionaryText';
import { levelsFromNumbers, numbersBehindLevels } from './levelNumbers';
import type { TypedColumn } from './typeColumnParts';

/**
 * A typed column as it goes back from the worker that typed it. Its raw dictionary travels as the
 * UTF-8 bytes it was decoded from (when the worker still has them), levels written from numbers
 * as those numbers, other string lists packed into one buffer; all transferred. Cloned one by one,
 * a million-row column's strings cost the receiving thread a long deserialisation, and encoding
 * them again cost the worker about as much.
 */
export interface TypedColumnOnWire {
  readonly index: number;
  /** The column, its raw dictionary left empty when `rawBytes` carry it. */
  readonly column: ColumnsOnWire;
  readonly rawBytes: DictionaryBytes | null;
  /** The levels hold the raw dictionary's texts: they arrive as that array, not twice on the wire. */
  readonly levelsAreRaw: boolean;
  /** The levels are `String()` of these numbers (see numbersBehindLevels). */
  readonly levelNumbers: Float64Array | null;
  readonly warnings: TypedColumn['warnings'];
}

/** The column with its strings as bytes or numbers, for a worker's reply. */
export function typedColumnToWire(typed: TypedColumn): TypedColumnOnWire {
  const { index, column, warnings } = typed;
  const { raw, levels } = column;
  const rawBytes = raw.kind === 'strings' ? (typed.rawBytes ?? null) : null;
  const levelsAreRaw =
    rawBytes !== null &&
    raw.kind === 'strings' &&
    levels !== null &&
    sameStrings(levels, raw.dictionary);
  const levelNumbers = numbersBehindLevels(column);
  const sent: Column = {
    ...column,
    // Not a spread of `raw`: that would decode a dictionary still held as bytes (lazyStrings).
    raw:
      rawBytes === null || raw.kind === 'numbers'
        ? raw
        : { kind: 'strings', codes: raw.codes, dictionary: [] },
    levels: levelsAreRaw || levelNumbers !== null ? null : levels,
  };
  const wire = columnsToWire([sent]);
  return { index, column: wire, rawBytes, levelsAreRaw, levelNumbers, warnings };
}

/** The buffers to transfer with `wire`. */
export function typedColumnBuffers(wire: TypedColumnOnWire): ArrayBuffer[] {
  const buffers = wireBuffers(wire.column);
  const more = [
    wire.rawBytes?.arena.buffer,
    wire.rawBytes?.offsets.buffer,
    wire.levelNumbers?.buffer,
  ];
  for (const buffer of more) {
    if (buffer instanceof ArrayBuffer && !buffers.includes(buffer)) buffers.push(buffer);
  }
  return buffers;
}

/** The typed column back, its strings decoded in one go. */
export function typedColumnFromWire(wire: TypedColumnOnWire): TypedColumn {
  const unpacking = columnsFromWire(wire.column);
  let step = unpacking.next();
  while (step.done !== true) step = unpacking.next();
  const column = step.value[0];
  if (column === undefined) throw new Error('typed column missing from its wire form');
  const { index, warnings, rawBytes, levelNumbers, levelsAreRaw } = wire;
  const levels = levelsAreRaw
    ? null
    : levelNumbers === null
      ? column.levels
      : levelsFromNumbers(levelNumbers);
  if (rawBytes === null || column.raw.kind === 'numbers') {
    return { index, column: { ...column, levels }, warnings };
  }
  // ASCII texts nobody here reads as strings (a date column's) pass on to the page as bytes.
  if (rawBytes.ascii && !levelsAreRaw) {
    const raw = rawWithLazyDictionary(column.raw.codes, LazyStrings.fromAsciiBytes(rawBytes));
    return { index, column: { ...column, raw, levels }, warnings };
  }
  const dictionary = stringsFromBytes(rawBytes);
  const raw = { ...column.raw, dictionary };
  return {
    index,
    column: { ...column, raw, levels: levelsAreRaw ? dictionary : levels },
    warnings,
  };
}
