import { describe, expect, it } from 'vitest';
import { stringsColumn } from '../infer/fixtures/rawColumns';
import { inferColumn } from '../infer/inferColumn';
import type { Column } from '../table';
import type { TypedColumn } from './typeColumnParts';
import { typedColumnBuffers, typedColumnFromWire, typedColumnToWire } from './typedColumnWire';

const typedOf = (column: Column): TypedColumn => ({
  index: 3,
  column,
  warnings: [{ code: 'unparsed-values', column: column.name, count: 1 }],
});

/** Through a structured clone with the buffers transferred, as between workers. */
function acrossThreads(typed: TypedColumn): TypedColumn {
  const wire = typedColumnToWire(typed);
  return typedColumnFromWire(structuredClone(wire, { transfer: typedColumnBuffers(wire) }));
}

describe('typed columns on the wire', () => {
  it('arrive equal: codes, dictionary, levels, index and warnings, non-ASCII and quotes kept', () => {
    const cells = ['华东 "A"', 'Zoë', null, '华东 "A"', 'x, y', '😀'];
    const typed = typedOf(inferColumn('region', stringsColumn(cells), null, cells.length));
    const expected = structuredClone(typed); // the transfer detaches typed's own arrays
    expect(acrossThreads(typed)).toEqual(expected);
  });

  it('arrive with levels and dictionary as one array when they hold the same texts', () => {
    const cells = ['north', 'south', 'north', 'east'];
    const arrived = acrossThreads(typedOf(inferColumn('r', stringsColumn(cells), null, 4)));
    expect(arrived.column.raw.kind === 'strings' && arrived.column.raw.dictionary).toBe(
      arrived.column.levels,
    );
  });

  it('leave nothing behind: the packed buffers and typed arrays are transferred', () => {
    const cells = ['2024-02-29', '2024-03-01 10:00:00', null];
    const typed = typedOf(inferColumn('day', stringsColumn(cells), null, 3));
    const wire = typedColumnToWire(typed);
    expect(wire.column.kind).toBe('packed');
    const buffers = typedColumnBuffers(wire);
    structuredClone(wire, { transfer: buffers });
    expect(buffers.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });

  it('fall back to cloning the strings when one holds a lone surrogate', () => {
    const cells = ['ok', 'broken \uD800 half', 'ok'];
    const typed = typedOf(inferColumn('note', stringsColumn(cells), null, 3));
    expect(typedColumnToWire(typed).column.kind).toBe('plain');
    const expected = structuredClone(typed);
    expect(acrossThreads(typed)).toEqual(expected);
  });
});
