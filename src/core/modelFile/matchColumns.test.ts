import { describe, expect, it } from 'vitest';
import type { Column, DataTable } from '../data/table';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { editDistance, foldName, pairRenamed, renameDistance } from './columnNames';
import { matchColumns } from './matchColumns';
import type { ModelFile, SchemaColumn } from './modelFileTypes';

/** Only what matchColumns reads: the schema and the target. */
function fileWith(schema: SchemaColumn[], target = 'sales'): ModelFile {
  return { schema, target } as unknown as ModelFile;
}

const schema: SchemaColumn[] = [
  { name: 'spend', type: 'numeric', levels: null },
  { name: 'region', type: 'categorical', levels: ['east', 'north', 'south'] },
  { name: 'Member Since', type: 'date', levels: null },
  { name: 'channel', type: 'categorical', levels: ['web', 'shop'] },
  { name: '__proto__', type: 'numeric', levels: null },
  { name: 'sales', type: 'numeric', levels: null },
];

const rows = 10;
const numbers = (name: string, type: 'numeric' | 'date' = 'numeric') =>
  numberColumn(
    name,
    Array.from({ length: rows }, (_, i) => i),
    type,
  );
const table = (columns: Column[]): DataTable => tableOf(columns, 'new.csv');

describe('matchColumns', () => {
  it('reports nothing for the training columns in another order, target absent', () => {
    const report = matchColumns(
      fileWith(schema),
      table([
        levelColumn('channel', Array(rows).fill('web')),
        numbers('__proto__'),
        numbers('Member Since', 'date'),
        levelColumn('region', Array(rows).fill('north')),
        numbers('spend'),
      ]),
    );
    expect(report).toEqual({
      missing: [],
      extra: [],
      renamedLooking: [],
      typeChanged: [],
      unseenCategories: [],
    });
  });

  it('pairs missing columns with extra ones that differ by case, spacing, punctuation or a typo', () => {
    const report = matchColumns(
      fileWith(schema),
      table([
        numbers(' Spend'),
        levelColumn('Regoin', Array(rows).fill('north')),
        numbers('member_since', 'date'),
        levelColumn('chanel', Array(rows).fill('web')),
        numbers('notes'),
        numbers('__proto__'),
      ]),
    );
    expect(report.missing).toEqual(['spend', 'region', 'Member Since', 'channel']);
    expect(report.extra).toEqual([' Spend', 'Regoin', 'member_since', 'chanel', 'notes']);
    expect(report.renamedLooking).toEqual([
      { expected: 'spend', found: ' Spend' },
      { expected: 'Member Since', found: 'member_since' },
      { expected: 'channel', found: 'chanel' },
    ]);
  });

  it('lists type changes, target included', () => {
    const report = matchColumns(
      fileWith(schema),
      table([
        levelColumn('spend', Array(rows).fill('lots')),
        levelColumn('region', Array(rows).fill('north'), 'text'),
        numbers('Member Since'),
        levelColumn('channel', Array(rows).fill('web')),
        numbers('__proto__'),
        levelColumn('sales', Array(rows).fill('high')),
      ]),
    );
    expect(report.typeChanged).toEqual([
      { column: 'spend', expected: 'numeric', found: 'categorical' },
      { column: 'region', expected: 'categorical', found: 'text' },
      { column: 'Member Since', expected: 'date', found: 'numeric' },
      { column: 'sales', expected: 'numeric', found: 'categorical' },
    ]);
    expect(report.missing).toEqual([]);
  });

  it('counts rows holding categories never seen in training, most frequent first', () => {
    const regions = [
      'north',
      'central',
      'west',
      'central',
      null,
      'east',
      'central',
      'west',
      'south',
      'north',
    ];
    const report = matchColumns(
      fileWith(schema),
      table([
        numbers('spend'),
        levelColumn('region', regions),
        numbers('Member Since', 'date'),
        levelColumn('channel', Array(rows).fill('shop')),
        numbers('__proto__'),
      ]),
    );
    expect(report.unseenCategories).toEqual([
      { column: 'region', levels: ['central', 'west'], rows: 5 },
    ]);
  });
});

describe('column name likeness', () => {
  it('folds case, width, spaces and punctuation, Chinese included', () => {
    expect(foldName(' Unit-Price (EUR) ')).toBe('unitpriceeur');
    expect(foldName('ＳＡＬＥＳ')).toBe('sales');
    expect(foldName('销售额（元）')).toBe('销售额元');
  });

  it('measures edit distance and stops early past the limit', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
  });

  it('does not call short unrelated names renamed', () => {
    expect(renameDistance('age', 'agd')).toBeNull();
    expect(renameDistance('age', 'AGE')).toBe(0);
    expect(renameDistance('revenue', 'revenu')).toBe(2);
    expect(renameDistance('revenue', 'cost')).toBeNull();
  });

  it('pairs each extra column at most once, closest first', () => {
    expect(pairRenamed(['price', 'prices'], ['Prices'])).toEqual([
      { expected: 'prices', found: 'Prices' },
    ]);
  });
});
