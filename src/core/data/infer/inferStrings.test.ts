import { describe, expect, it } from 'vitest';
import type { Column } from '../table';
import { repeated, stringsColumn } from './fixtures/rawColumns';
import { inferColumn, inferColumnWithUnparsed } from './inferColumn';

function infer(cells: readonly (string | null)[], decimalHint?: '.' | ',', name = 'value'): Column {
  return inferColumn(name, stringsColumn(cells), null, cells.length, decimalHint);
}
const valuesOf = (column: Column) => Array.from(column.values ?? []);

describe('inferColumn on text columns: numbers', () => {
  it('reads English thousands and counts missing tokens', () => {
    const column = infer(['1,234,567', '12.5', 'NA', '', '-', '(1,000)']);
    expect(column.type).toBe('numeric');
    expect(valuesOf(column)).toEqual([1234567, 12.5, NaN, NaN, NaN, -1000]);
    expect(column.missing).toBe(3);
    expect(column.format).toEqual({ decimal: '.' });
  });

  it('reads a German column with decimal comma and dot groups', () => {
    const column = infer(['1.234.567,89', '0,5', '1.234', 'n/a']);
    expect(column.format.decimal).toBe(',');
    expect(valuesOf(column)).toEqual([1234567.89, 0.5, 1234, NaN]);
  });

  it('reads a French column with no-break-space groups', () => {
    const column = infer(['1\u202f234,5 €', '12 000,75 €', '3,2 €']);
    expect(column.type).toBe('numeric');
    expect(valuesOf(column)).toEqual([1234.5, 12000.75, 3.2]);
  });

  it('reads a Chinese column with currency and 万/亿 units', () => {
    const column = infer(['¥1,200', '1.2万', '3亿', '500元']);
    expect(valuesOf(column)).toEqual([1200, 12000, 300_000_000, 500]);
    expect(column.format.scale).toBeUndefined(); // units differ between values
  });

  it('reads percent as fractions and records the scale', () => {
    const column = infer(['12.5%', '50%', '-3%', 'NULL']);
    expect(valuesOf(column)).toEqual([0.125, 0.5, -0.03, NaN]);
    expect(column.format).toEqual({ decimal: '.', scale: 0.01 });
  });

  it('lets ambiguous "1,234" follow the file decimal hint', () => {
    expect(valuesOf(infer(['1,234', '5,678']))).toEqual([1234, 5678]);
    expect(valuesOf(infer(['1,234', '5,678'], ','))).toEqual([1.234, 5.678]);
  });

  it('lets evidence in the column outweigh the hint', () => {
    expect(valuesOf(infer(['1,234', '0.5'], ','))).toEqual([1234, 0.5]);
    expect(valuesOf(infer(['1.234', '0,5'], '.'))).toEqual([1234, 0.5]);
  });

  it('keeps integers with leading zeros as text: ZIP codes are not quantities', () => {
    const column = infer(['00123', '02134', '00123', '10001']);
    expect(column.type).toBe('categorical');
    expect(column.levels).toEqual(['00123', '02134', '10001']);
    expect(Array.from(column.codes ?? [])).toEqual([0, 1, 0, 2]);
  });
});

describe('inferColumn tolerates a handful of stray values', () => {
  it('types a column numeric with up to 0.5% stray rows and counts them', () => {
    const cells = [...repeated(['10', '20.5', '1,000'], 333), 'unknown', 'see notes', 'unknown']; // 1002 rows
    const typed = inferColumnWithUnparsed('spend', stringsColumn(cells), null, cells.length);
    expect(typed.column.type).toBe('numeric');
    expect(typed.unparsed).toBe(3);
    expect(typed.column.missing).toBe(3);
    expect(typed.column.values?.[0]).toBe(10);
    expect(typed.column.values?.[1001]).toBeNaN();
  });

  it('gives up on numbers when strays exceed 0.5% of rows', () => {
    const cells = [...repeated(['10', '20'], 100), ...repeated(['unknown'], 2)]; // 202 rows, 2 strays
    expect(infer(cells).type).toBe('categorical');
  });

  it('gives up on numbers when more than five distinct strays occur', () => {
    const strays = ['a', 'b', 'c', 'd', 'e', 'f'];
    const cells = [...repeated(['10', '20'], 5000), ...strays];
    expect(infer(cells).type).toBe('categorical');
  });
});

describe('inferColumn on text columns: booleans', () => {
  it.each([
    [
      ['yes', 'no', 'Yes', 'NA'],
      [1, 0, 1, NaN],
    ],
    [
      ['TRUE', 'FALSE', 'true'],
      [1, 0, 1],
    ],
    [
      ['Y', 'N'],
      [1, 0],
    ],
    [
      ['是', '否', '是', ''],
      [1, 0, 1, NaN],
    ],
    [
      ['真', '假'],
      [1, 0],
    ],
    [
      ['on', 'off'],
      [1, 0],
    ],
    [
      ['t', 'f'],
      [1, 0],
    ],
  ])('types %j as boolean', (cells, expected) => {
    const column = infer(cells);
    expect(column.type).toBe('boolean');
    expect(valuesOf(column)).toEqual(expected);
  });

  it('needs both sides of one pair', () => {
    expect(infer(['yes', 'yes']).type).toBe('categorical');
    expect(infer(['yes', 'false']).type).toBe('categorical');
    expect(infer(['yes', 'no', 'maybe']).type).toBe('categorical');
  });
});

describe('inferColumn on text columns: dates', () => {
  it('reads ISO dates with time as ms since epoch UTC', () => {
    const column = infer(['2024-03-01T10:20:30Z', '2024-03-02T00:00:00+01:00', 'NA']);
    expect(column.type).toBe('date');
    expect(valuesOf(column)).toEqual([
      Date.UTC(2024, 2, 1, 10, 20, 30),
      Date.UTC(2024, 2, 1, 23),
      NaN,
    ]);
    expect(column.format).toEqual({ dateOrder: 'ymd' });
  });

  it('decides d/m/y from a day above 12', () => {
    const column = infer(['01/03/2024', '25/12/2024']);
    expect(column.format.dateOrder).toBe('dmy');
    expect(valuesOf(column)).toEqual([Date.UTC(2024, 2, 1), Date.UTC(2024, 11, 25)]);
  });

  it('decides m/d/y from a day above 12 in second place', () => {
    const column = infer(['01/03/2024', '12/25/2024'], ',');
    expect(column.format.dateOrder).toBe('mdy');
    expect(valuesOf(column)).toEqual([Date.UTC(2024, 0, 3), Date.UTC(2024, 11, 25)]);
  });

  it('reads ambiguous dates d/m/y with a decimal comma, m/d/y otherwise', () => {
    expect(valuesOf(infer(['01/03/2024', '02/03/2024'], ','))[0]).toBe(Date.UTC(2024, 2, 1));
    expect(valuesOf(infer(['01/03/2024', '02/03/2024'], '.'))[0]).toBe(Date.UTC(2024, 0, 3));
  });

  it('reads Chinese and month-name dates', () => {
    expect(valuesOf(infer(['2024年3月1日', '2024年12月31日']))).toEqual([
      Date.UTC(2024, 2, 1),
      Date.UTC(2024, 11, 31),
    ]);
    expect(valuesOf(infer(['1 Mar 2024', 'March 2, 2024']))).toEqual([
      Date.UTC(2024, 2, 1),
      Date.UTC(2024, 2, 2),
    ]);
  });
});

describe('inferColumn obeys workbook hints on text cells', () => {
  it('reads hinted text as dates, counting cells that are none', () => {
    const typed = inferColumnWithUnparsed('day', stringsColumn(['2024-03-01', 'tbd']), 'date', 2);
    expect(typed.column.type).toBe('date');
    expect(valuesOf(typed.column)).toEqual([Date.UTC(2024, 2, 1), NaN]);
    expect(typed.unparsed).toBe(1);
  });

  it('reads hinted text as booleans', () => {
    const column = inferColumn('vip', stringsColumn(['TRUE', 'FALSE', 'TRUE']), 'boolean', 3);
    expect(column.type).toBe('boolean');
    expect(valuesOf(column)).toEqual([1, 0, 1]);
  });
});
