import { columnsFromWire, columnsToWire, wireBuffers, type ColumnsOnWire } from '../columnsOnWire';
import type { TypedColumn } from './typeColumnParts';

/**
 * A typed column as it goes back from the worker that typed it: its string lists packed into one
 * transferred buffer. Cloned one by one, a million-row column's strings cost the receiving thread
 * a long deserialisation, and its levels arrived as a second copy of its dictionary.
 */
export interface TypedColumnOnWire {
  readonly index: number;
  readonly column: ColumnsOnWire;
  readonly warnings: TypedColumn['warnings'];
}

/** The column with its strings packed, for a worker's reply. */
export function typedColumnToWire(typed: TypedColumn): TypedColumnOnWire {
  return { index: typed.index, column: columnsToWire([typed.column]), warnings: typed.warnings };
}

/** The buffers to transfer with `wire`. */
export const typedColumnBuffers = (wire: TypedColumnOnWire): ArrayBuffer[] =>
  wireBuffers(wire.column);

/** The typed column back, its strings unpacked in one go. */
export function typedColumnFromWire(wire: TypedColumnOnWire): TypedColumn {
  const unpacking = columnsFromWire(wire.column);
  let step = unpacking.next();
  while (step.done !== true) step = unpacking.next();
  const column = step.value[0];
  if (column === undefined) throw new Error('typed column missing from its wire form');
  return { index: wire.index, column, warnings: wire.warnings };
}
