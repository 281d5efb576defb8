import { describe, expect, it } from 'vitest';
import { buildDataTable } from './buildDataTable';
import { MAX_CELL_CHARS } from './truncateLongCells';
import { numbersColumn, rawTable, repeated, stringsColumn } from './fixtures/rawColumns';

describe('buildDataTable', () => {
  it('types every column and keeps headers and row count', () => {
    const raw = rawTable(
      ['spend', 'segment', 'joined'],
      [
        numbersColumn([1, 2, 3]),
        stringsColumn(['a', 'b', 'a']),
        stringsColumn(['2024-01-01', '2024-02-01', 'NA']),
      ],
    );
    const { table, warnings } = buildDataTable('customers.csv', raw);
    expect(table.name).toBe('customers.csv');
    expect(table.rowCount).toBe(3);
    expect(table.columns.map((c) => [c.name, c.type, c.missing])).toEqual([
      ['spend', 'numeric', 0],
      ['segment', 'categorical', 0],
      ['joined', 'date', 1],
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about stray values that became missing', () => {
    const cells = [...repeated(['1,5', '2,5'], 500), 'kaputt'];
    const { table, warnings } = buildDataTable(
      'de.csv',
      rawTable(['Umsatz'], [stringsColumn(cells)]),
      ',',
    );
    expect(table.columns[0]?.type).toBe('numeric');
    expect(warnings).toEqual([{ code: 'unparsed-values', column: 'Umsatz', count: 1 }]);
  });

  it('passes workbook hints to their columns', () => {
    const raw = rawTable(
      ['day', 'vip'],
      [numbersColumn([Date.UTC(2024, 0, 1)]), numbersColumn([1])],
      ['date', 'boolean'],
    );
    expect(buildDataTable('book.xlsx', raw).table.columns.map((c) => c.type)).toEqual([
      'date',
      'boolean',
    ]);
  });

  it('treats prototype-named headers as ordinary names', () => {
    const raw = rawTable(
      ['__proto__', 'constructor', 'toString'],
      [numbersColumn([1, 2]), stringsColumn(['x', 'y']), stringsColumn(['yes', 'no'])],
    );
    const { table } = buildDataTable('odd.csv', raw);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['__proto__', 'numeric'],
      ['constructor', 'categorical'],
      ['toString', 'boolean'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });

  it('cuts text cells longer than Excel allows and says how many', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 10);
    const raw = rawTable(
      ['id', 'note'],
      [numbersColumn([1, 2, 3]), stringsColumn([long, 'b', long])],
    );
    const { table, warnings } = buildDataTable('long.csv', raw);
    expect(table.columns[1]?.levels?.map((level) => level.length).sort()).toEqual([
      1,
      MAX_CELL_CHARS,
    ]);
    expect(warnings).toEqual([{ code: 'truncated-cells', count: 2 }]);
  });
});
