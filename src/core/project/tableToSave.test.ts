import { describe, expect, it } from 'vitest';
import { columnsFromWire, columnsToWire, LAZY_DICTIONARY_MIN } from '../data/columnsOnWire';
import { hasPendingDictionary } from '../data/lazyStrings';
import type { Column, DataTable } from '../data/table';
import { serialiseProject } from './projectFile';
import { snapshotFromSave, snapshotToSave, snapshotToSaveBuffers } from './snapshotOnWire';
import { tableFromSave, tableToSave } from './tableToSave';
import { sampleSnapshot } from './testing/sampleProject';

/** Runs a generator to its end, counting the pauses it offers. */
function finish<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  for (let pauses = 0; ; pauses++) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
  }
}

/** A one-column text table of `rows` distinct strings, one of them with a lone surrogate. */
function textTable(rows: number): DataTable {
  const dictionary = Array.from({ length: rows }, (_, i) => (i === 3 ? '\uDC00 odd' : `row ${i}`));
  const codes = Int32Array.from({ length: rows }, (_, i) => i);
  return {
    name: 'texts.csv',
    rowCount: rows,
    columns: [
      {
        name: 'note',
        type: 'text',
        inferredType: 'text',
        raw: { kind: 'strings', codes, dictionary },
        values: null,
        codes,
        levels: dictionary,
        missing: 0,
        format: {},
      },
    ],
  };
}

describe('copying the page’s project for the worker to save', () => {
  it('writes the same file byte for byte, and the page keeps its table untouched', async () => {
    const snapshot = await sampleSnapshot();
    const reference = structuredClone(snapshot);
    const saved = finish(snapshotToSave(snapshot)).value;
    const arrived = structuredClone(saved, { transfer: snapshotToSaveBuffers(saved) });
    expect(serialiseProject(snapshotFromSave(arrived))).toEqual(serialiseProject(reference));
    expect(snapshot).toEqual(reference);
  });

  it('keeps shared arrays shared and equal lists once, as the page had them', () => {
    const table = textTable(10);
    const { value: saved } = finish(tableToSave(table));
    expect(saved.strings).toHaveLength(1);
    expect(saved.columns[0]!.codes).toBe(
      saved.columns[0]!.raw.kind === 'strings' && saved.columns[0]!.raw.codes,
    );
    expect(saved.columns[0]!.codes).not.toBe(table.columns[0]!.codes);
  });

  it('brings back text exactly, lone surrogates included', () => {
    const table = textTable(10);
    const back = tableFromSave(structuredClone(finish(tableToSave(table)).value));
    expect(back).toEqual(table);
    expect(back.columns[0]!.levels![3]).toBe('\uDC00 odd');
  });

  it('pauses within a long list of strings, so no page task copies it all at once', () => {
    const { pauses } = finish(tableToSave(textTable(100_000)));
    // 100,000 strings in steps of 8,192: at least 12 pauses, plus one per copied array.
    expect(pauses).toBeGreaterThanOrEqual(12);
  });
});

/** A date column whose raw texts arrive still packed, as the page receives a big import. */
function tableWithPackedTexts(rows: number): DataTable {
  const texts = Array.from({ length: rows }, (_, i) => `2024-05-0${i % 9} 10:00:${i} 华`);
  const column: Column = {
    name: 'shipped_at',
    type: 'date',
    inferredType: 'date',
    raw: { kind: 'strings', codes: Int32Array.from(texts, (_, i) => i), dictionary: texts },
    values: new Float64Array(rows),
    codes: null,
    levels: null,
    missing: 0,
    format: {},
  };
  const columns = finish(columnsFromWire(columnsToWire([column]), true)).value;
  return { name: 'dates.csv', rowCount: rows, columns };
}

describe('saving raw texts that are still packed on the page', () => {
  it('copies them from their bytes, leaves them packed, and the worker reads the same texts', () => {
    const table = tableWithPackedTexts(LAZY_DICTIONARY_MIN);
    const raw = table.columns[0]!.raw;
    expect(hasPendingDictionary(raw)).toBe(true);
    const saved = finish(tableToSave(table)).value;
    expect(hasPendingDictionary(raw)).toBe(true);
    expect(tableFromSave(saved)).toEqual(table);
  });
});
