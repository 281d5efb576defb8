import { describe, expect, it } from 'vitest';
import { stringsColumn } from '../infer/fixtures/rawColumns';
import { inferColumn } from '../infer/inferColumn';
import type { Column } from '../table';
import { MAX_CELL_CHARS } from '../infer/truncateLongCells';
import { ByteDictionary } from './byteDictionary';
import type { CsvPartColumn } from './csvPartTypes';
import { typeColumnParts, type TypedColumn } from './typeColumnParts';
import { typedColumnBuffers, typedColumnFromWire, typedColumnToWire } from './typedColumnWire';
import { pendingAsciiBytes } from '../lazyStrings';
import { columnsFromWire, columnsToWire, type ColumnsOnWire } from '../columnsOnWire';

/** The columns back from their wire form in one go, as the page unpacks them (eagerly). */
function columnsFromWireNow(wire: ColumnsOnWire): Column[] {
  const steps = columnsFromWire(wire);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

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

/** A part's text column, as a part worker parses it. */
function textPart(...values: (string | null)[]): CsvPartColumn {
  const dictionary = new ByteDictionary();
  const codes = Int32Array.from(values, (v) => (v === null ? -1 : dictionary.codeOfText(v)));
  return { kind: 'strings', codes, dictionary: dictionary.bytes(), textFromRow: 0 };
}

function numbersPart(...values: number[]): CsvPartColumn {
  return { kind: 'numbers', values: Float64Array.from(values), onlyEmptyCells: false };
}

function typedFromParts(header: string, parts: CsvPartColumn[], rowCount: number): TypedColumn {
  return typeColumnParts({ index: 1, header, parts, rowCount, decimal: '.' });
}

describe('columns typed from parts on the wire', () => {
  it('send the raw dictionary as its UTF-8 bytes, not as strings encoded again', () => {
    const parts = [textPart('Zürich', '北京', null), textPart('😀', null, 'Zürich', 'a "q"')];
    const typed = typedFromParts('city', parts, 7);
    const expected = structuredClone(typed.column);
    const wire = typedColumnToWire(typed);
    expect(wire.rawBytes?.offsets.length).toBe(5);
    expect(wire.levelsAreRaw).toBe(true);
    const packed = wire.column.kind === 'packed' ? wire.column.strings : null;
    expect(packed?.listLengths.reduce((a, b) => a + b, 0)).toBe(0);
    const arrived = acrossThreads(typed).column;
    expect(arrived).toEqual(expected);
    expect(arrived.raw.kind === 'strings' && arrived.raw.dictionary).toBe(arrived.levels);
  });

  it('send levels of their own packed beside the raw bytes (dates keep no levels)', () => {
    const days = typedFromParts('day', [textPart('2024-01-05', null), textPart('2024-02-29')], 3);
    expect(days.column.type).toBe('date');
    const expected = structuredClone(days.column);
    expect(typedColumnToWire(days).levelsAreRaw).toBe(false);
    expect(acrossThreads(days).column).toEqual(expected);
  });

  it("keep a date column's ASCII raw texts as bytes on arrival, passed on to the page as they are", () => {
    const days = typedFromParts('day', [textPart('2024-01-05', null), textPart('2024-02-29')], 3);
    const expected = structuredClone(days.column);
    const arrived = acrossThreads(days).column;
    expect(arrived.raw.kind === 'strings' && pendingAsciiBytes(arrived.raw)).not.toBeNull();
    // On to the page: the held bytes are copied into the packing, never decoded here.
    const onPage = columnsFromWireNow(columnsToWire([arrived]));
    expect(pendingAsciiBytes(arrived.raw)).not.toBeNull();
    expect(onPage).toEqual([expected]);
    // A read (e.g. a personal-data check) decodes them once, and later packings use the strings.
    expect(arrived.raw.kind === 'strings' && arrived.raw.dictionary).toEqual([
      '2024-01-05',
      '2024-02-29',
    ]);
    expect(pendingAsciiBytes(arrived.raw)).toBeNull();
    expect(columnsFromWireNow(columnsToWire([arrived]))).toEqual([expected]);
  });

  it('decode non-ASCII raw texts of a date column on arrival (their units are not their bytes)', () => {
    const days = typedFromParts(
      'day',
      [textPart('2024年3月1日', null), textPart('2024年3月2日')],
      3,
    );
    expect(days.column.type).toBe('date');
    const arrived = acrossThreads(days).column;
    expect(pendingAsciiBytes(arrived.raw)).toBeNull();
    expect(arrived.raw.kind === 'strings' && arrived.raw.dictionary).toEqual([
      '2024年3月1日',
      '2024年3月2日',
    ]);
  });

  it('send the levels of an ID column as the numbers they were written from', () => {
    const ids = [numbersPart(101, 102, 103), numbersPart(104, 1e21)];
    const parts = { index: 0, header: 'order_id', parts: ids, rowCount: 5, decimal: '.' as const };
    const typed = typeColumnParts(parts);
    expect(typed.column.type).toBe('id');
    const expected = structuredClone(typed.column);
    const wire = typedColumnToWire(typed);
    expect(Array.from(wire.levelNumbers ?? [])).toEqual([101, 102, 103, 104, 1e21]);
    expect(wire.column.kind === 'packed' && wire.column.strings.bytes.length).toBe(0);
    expect(acrossThreads(typed).column).toEqual(expected);
  });

  it('pack the strings when typing cut over-long texts, which the bytes no longer show', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 5);
    const typed = typedFromParts('note', [textPart(long, 'short'), textPart(long)], 3);
    expect(typed.rawBytes).toBeUndefined();
    const expected = structuredClone(typed.column);
    expect(typedColumnToWire(typed).rawBytes).toBeNull();
    expect(acrossThreads(typed).column).toEqual(expected);
  });
});
