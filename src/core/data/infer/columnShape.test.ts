import { describe, expect, it } from 'vitest';
import type { Column } from '../table';
import { repeated, stringsColumn } from './fixtures/rawColumns';
import { inferColumn } from './inferColumn';

function infer(cells: readonly (string | null)[], name = 'value'): Column {
  return inferColumn(name, stringsColumn(cells), null, cells.length);
}

describe('inferColumn: identifiers', () => {
  it('types unique codes like C000123 as id and keeps their text', () => {
    const column = infer(['C000123', 'C000124', 'C000200']);
    expect(column.type).toBe('id');
    expect(column.levels).toEqual(['C000123', 'C000124', 'C000200']);
  });

  it('types unique integers with leading zeros as id, keeping the zeros', () => {
    const column = infer(['00123', '00124', '01000', '99999']);
    expect(column.type).toBe('id');
    expect(column.levels).toEqual(['00123', '00124', '01000', '99999']);
  });

  it('keeps leading zeros only for all-digit text that starts with 0', () => {
    expect(infer(['0', '00', '012', '7']).type).toBe('id');
    expect(infer(['0', '10', '12', '7']).type).toBe('numeric');
    expect(infer(['0a1', '0b2', '0c3']).type).toBe('id');
  });

  it('types UUIDs and emails as id', () => {
    const uuids = ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '6fa459ea-ee8a-3ca4-894e-db77e160355e'];
    expect(infer(uuids).type).toBe('id');
    expect(infer(['ana@example.com', 'li.wei@example.cn', 'bo@mail.org']).type).toBe('id');
  });

  it('does not call repeated codes an id', () => {
    expect(infer(['C1', 'C2', 'C1']).type).toBe('categorical');
  });

  it('does not call unique words without digits an id', () => {
    expect(infer(['Paris', 'London', 'Berlin']).type).toBe('categorical');
  });

  it('types unique integer text under an ID header as id, not numeric', () => {
    const column = infer(['1001', '1002', '1,003'], 'customer_id');
    expect(column.type).toBe('id');
    expect(column.levels).toEqual(['1001', '1002', '1,003']);
  });
});

describe('inferColumn: categorical versus free text', () => {
  it('types few distinct values as categorical, missing tokens outside the levels', () => {
    const column = infer(['north', 'south', 'NA', 'north', 'east', null]);
    expect(column.type).toBe('categorical');
    expect(column.levels).toEqual(['north', 'south', 'east']);
    expect(Array.from(column.codes ?? [])).toEqual([0, 1, -1, 0, 2, -1]);
    expect(column.missing).toBe(2);
  });

  it('merges values that differ only by surrounding spaces', () => {
    const column = infer(['red', ' red', 'red ', 'blue']);
    expect(column.levels).toEqual(['red', 'blue']);
    expect(Array.from(column.codes ?? [])).toEqual([0, 0, 0, 1]);
  });

  it('trims non-ASCII spaces too and reads padded missing tokens as missing', () => {
    const column = infer(['北京', '\u3000北京', '上海\u00a0', ' N/A ', '\tnull', '上海']);
    expect(column.levels).toEqual(['北京', '上海']);
    expect(Array.from(column.codes ?? [])).toEqual([0, 0, 1, -1, -1, 1]);
  });

  it('counts words split by any whitespace, ideographic and no-break spaces included', () => {
    // Three words on average make short values wordy: free text once mostly distinct.
    const wordy = ['a\u3000b c', 'd\u00a0e\tf', 'g  h\ni', 'j k l'];
    expect(infer(wordy).type).toBe('text');
    expect(infer(['ab', 'cd', 'ef', 'gh']).type).toBe('categorical');
  });

  it('types long, mostly distinct values as text, even in a small file', () => {
    const reviews = [
      'Great product, arrived quickly and works well',
      'Did not fit, returned it the next day',
      'Okay for the price',
    ];
    expect(infer(reviews).type).toBe('text');
  });

  it('keeps wordy values categorical when they repeat (survey answers)', () => {
    const answers = repeated(
      ['I would recommend it to a friend', 'I would not recommend it at all'],
      50,
    );
    expect(infer(answers).type).toBe('categorical');
  });

  it('types nearly unique short values beyond 50 distinct as text (names)', () => {
    const first = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun'];
    const last = [
      'Li',
      'Smith',
      'Okafor',
      'Meyer',
      'Rossi',
      'Sato',
      'Silva',
      'Kim',
      'Dubois',
      'Nowak',
    ];
    const names = first.flatMap((f) => last.map((l) => `${f} ${l}`)); // 100 distinct
    expect(infer(names).type).toBe('text');
  });

  it('types many repeated short values as categorical (cities)', () => {
    const cities = Array.from(
      { length: 100 },
      (_, i) => `City ${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`,
    );
    expect(infer(repeated(cities, 5)).type).toBe('categorical');
  });

  it('types a column with nothing but missing tokens as an empty numeric column', () => {
    const column = infer(['NA', '', 'null']);
    expect(column.type).toBe('numeric');
    expect(column.missing).toBe(3);
  });
});
