import { describe, expect, it } from 'vitest';
import { columnsFromWire, columnsToWire, LAZY_DICTIONARY_MIN, wireBuffers } from './columnsOnWire';
import { hasPendingDictionary } from './lazyStrings';
import { importBytes } from './importBytes';
import type { Column } from './table';

const csv = [
  'id,region,signed_up,note,amount',
  '1,North,2024-01-05,"said ""hi""",3.5',
  '2,South,2024-02-06,,4',
  '3,North,,华东 客户 😀,',
].join('\n');

function importedColumns(): readonly Column[] {
  const imported = importBytes(new TextEncoder().encode(csv), 'orders.csv');
  if (!imported.ok) throw new Error('expected the CSV to import');
  return imported.value.table.columns;
}

function unwire(columns: readonly Column[], lazy = false): Column[] {
  const steps = columnsFromWire(columnsToWire(columns), lazy);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('columnsToWire / columnsFromWire', () => {
  it('gives back columns equal to the imported ones: types, arrays, dictionaries and levels', () => {
    const columns = importedColumns();
    expect(unwire(columns)).toEqual(columns);
  });

  it('packs the strings, so no string list is left on the wire', () => {
    const wire = columnsToWire(importedColumns());
    expect(wire.kind).toBe('packed');
    if (wire.kind !== 'packed') return;
    for (const column of wire.columns) {
      expect(column.levels === null || typeof column.levels === 'number').toBe(true);
      if (column.raw.kind === 'strings') expect(typeof column.raw.dictionary).toBe('number');
    }
  });

  it('packs a list shared by dictionary and levels once, and shares it again after', () => {
    const shared = ['a', 'b'];
    const column: Column = {
      name: 'letter',
      type: 'categorical',
      inferredType: 'categorical',
      raw: { kind: 'strings', codes: Int32Array.of(0, 1), dictionary: shared },
      values: null,
      codes: Int32Array.of(0, 1),
      levels: shared,
      missing: 0,
      format: {},
    };
    const wire = columnsToWire([column]);
    expect(wire.kind === 'packed' && wire.strings.listLengths.length).toBe(1);
    const [back] = unwire([column]);
    expect(back?.raw.kind === 'strings' && back.raw.dictionary === back.levels).toBe(true);
  });

  it('packs levels equal to the raw dictionary once, as one shared array', () => {
    const columns = importedColumns();
    const region = columns.find((column) => column.name === 'region');
    expect(region?.raw.kind === 'strings' && region.raw.dictionary).toEqual(region?.levels);
    const wire = columnsToWire(columns);
    const packedLists = wire.kind === 'packed' ? wire.strings.listLengths.length : -1;
    const distinctLists = columns.filter((column) => column.raw.kind === 'strings').length;
    expect(packedLists).toBe(distinctLists + 1); // the id column's levels come from numbers
    const back = unwire(columns).find((column) => column.name === 'region');
    expect(back?.raw.kind === 'strings' && back.raw.dictionary === back.levels).toBe(true);
  });

  it('sends the columns as they are when a string holds a lone surrogate', () => {
    const column = { ...importedColumns()[1]!, levels: ['ok', 'bad \uD800'] };
    const wire = columnsToWire([column]);
    expect(wire.kind).toBe('plain');
    expect(unwire([column])).toEqual([column]);
  });

  it('transfers every typed array and the packed buffers, each buffer once', () => {
    const columns = importedColumns();
    const buffers = wireBuffers(columnsToWire(columns));
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const column of columns) {
      if (column.values) expect(buffers).toContain(column.values.buffer);
      if (column.codes) expect(buffers).toContain(column.codes.buffer);
    }
  });
});

/** A date column with one distinct text per row, and an id column showing its texts as levels. */
function bigColumns(rows: number): Column[] {
  const texts = Array.from({ length: rows }, (_, i) => `2024-01-01 00:00:${i} 😀`);
  const refs = texts.map((text) => `#${text}`);
  const codes = Int32Array.from(texts, (_, i) => i);
  const base = { values: null, codes: null, levels: null, missing: 0, format: {} };
  const raw = (dictionary: string[]) => ({ kind: 'strings', codes, dictionary }) as const;
  return [
    { ...base, name: 'shipped_at', type: 'date', inferredType: 'date', raw: raw(texts) },
    { ...base, name: 'ref', type: 'id', inferredType: 'id', raw: raw(refs), codes, levels: refs },
  ];
}

describe('columnsFromWire with lazy dictionaries (the page)', () => {
  it('keeps a big dictionary no column shows as levels packed, and it reads back the same', () => {
    const columns = bigColumns(LAZY_DICTIONARY_MIN);
    const [date, id] = unwire(columns, true);
    expect(date && hasPendingDictionary(date.raw)).toBe(true);
    expect(id && hasPendingDictionary(id.raw)).toBe(false);
    expect([date, id]).toEqual(columns);
    expect(date && hasPendingDictionary(date.raw)).toBe(false);
  });

  it('decodes small dictionaries at once, and everything at once when not lazy', () => {
    const [smallDate] = unwire(bigColumns(LAZY_DICTIONARY_MIN - 1), true);
    expect(smallDate && hasPendingDictionary(smallDate.raw)).toBe(false);
    const [eagerDate] = unwire(bigColumns(LAZY_DICTIONARY_MIN), false);
    expect(eagerDate && hasPendingDictionary(eagerDate.raw)).toBe(false);
  });
});
