import { describe, expect, it } from 'vitest';
import { hasPendingDictionary, LazyStrings, rawWithLazyDictionary } from '../core/data/lazyStrings';
import { packStrings } from '../core/data/packedStrings';
import type { Column, DataTable } from '../core/data/table';
import { decodeTextsBeforeSending } from './textsBeforeSending';

const TEXTS = ['2024-07-29 10:00:24', '2024-07-30 08:15:00', '华东'];

function dateColumn(name: string, lazy: boolean): Column {
  const packed = packStrings([TEXTS]);
  if (packed === null) throw new Error('expected the texts to pack');
  const codes = Int32Array.from(TEXTS, (_, i) => i);
  const raw = lazy
    ? rawWithLazyDictionary(codes, LazyStrings.fromPacked(packed, 0, TEXTS.length))
    : { kind: 'strings' as const, codes, dictionary: [...TEXTS] };
  return {
    name,
    type: 'date',
    inferredType: 'date',
    raw,
    values: new Float64Array(TEXTS.length),
    codes: null,
    levels: null,
    missing: 0,
    format: {},
  };
}

describe('decodeTextsBeforeSending', () => {
  it('decodes every still-packed raw text list, so a post to a worker finds plain strings', async () => {
    const table: DataTable = {
      name: 'orders.csv',
      rowCount: TEXTS.length,
      columns: [dateColumn('shipped_at', true), dateColumn('ordered_at', false)],
    };
    expect(table.columns.map((c) => hasPendingDictionary(c.raw))).toEqual([true, false]);
    await decodeTextsBeforeSending(table);
    expect(table.columns.map((c) => hasPendingDictionary(c.raw))).toEqual([false, false]);
    const sent = structuredClone(table);
    expect(sent.columns[0]?.raw).toEqual({
      kind: 'strings',
      codes: Int32Array.from([0, 1, 2]),
      dictionary: TEXTS,
    });
  });
});
