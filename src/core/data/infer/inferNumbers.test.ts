import { describe, expect, it } from 'vitest';
import { numbersColumn } from './fixtures/rawColumns';
import { inferColumn } from './inferColumn';

describe('inferColumn on columns the parser read as numbers', () => {
  it('types plain numbers as numeric and counts empty cells as missing', () => {
    const raw = numbersColumn([1.5, NaN, -2, 1e6]);
    const column = inferColumn('spend', raw, null, 4);
    expect(column.type).toBe('numeric');
    expect(column.inferredType).toBe('numeric');
    expect(Array.from(column.values ?? [])).toEqual([1.5, NaN, -2, 1e6]);
    expect(column.missing).toBe(1);
    expect(column.codes).toBeNull();
    expect(column.raw).toBe(raw);
  });

  it('types a column of only 0 and 1 as a boolean flag', () => {
    const column = inferColumn('churned', numbersColumn([0, 1, 1, NaN, 0]), null, 5);
    expect(column.type).toBe('boolean');
    expect(Array.from(column.values ?? [])).toEqual([0, 1, 1, NaN, 0]);
    expect(column.missing).toBe(1);
  });

  it('keeps a column of only zeros numeric: one value is no flag', () => {
    expect(inferColumn('x', numbersColumn([0, 0, 0]), null, 3).type).toBe('numeric');
    expect(inferColumn('x', numbersColumn([0, 1, 2]), null, 3).type).toBe('numeric');
  });

  it('trusts a workbook date hint and keeps the milliseconds', () => {
    const march = Date.UTC(2024, 2, 1);
    const column = inferColumn('signup', numbersColumn([march, NaN]), 'date', 2);
    expect(column.type).toBe('date');
    expect(Array.from(column.values ?? [])).toEqual([march, NaN]);
  });

  it('trusts a workbook boolean hint', () => {
    const column = inferColumn('active', numbersColumn([1, 0, 0, NaN]), 'boolean', 4);
    expect(column.type).toBe('boolean');
    expect(Array.from(column.values ?? [])).toEqual([1, 0, 0, NaN]);
  });

  it('does not take plausible Excel serial numbers for dates without a workbook hint', () => {
    const column = inferColumn('day', numbersColumn([45292, 45293, 45300, 45292]), null, 4);
    expect(column.type).toBe('numeric');
  });

  it.each([
    'customer_id',
    'ID',
    'CustomerID',
    'customerId',
    'order no',
    'Order No.',
    'zip_code',
    'phone number',
    '编号',
    '客户号',
    '手机号码',
  ])('types unique integers under the header %j as an id, levels as text', (header) => {
    const column = inferColumn(header, numbersColumn([101, 102, 205]), null, 3);
    expect(column.type).toBe('id');
    expect(column.levels).toEqual(['101', '102', '205']);
    expect(Array.from(column.codes ?? [])).toEqual([0, 1, 2]);
  });

  it('keeps unique integers numeric when the header does not say id', () => {
    for (const header of ['revenue', 'idle', 'video', 'numbers', 'noon', 'PAID']) {
      expect(inferColumn(header, numbersColumn([101, 102, 205]), null, 3).type, header).toBe(
        'numeric',
      );
    }
  });

  it('finds unique ids in any order, and a repeat that does not follow its twin', () => {
    // One missing cell in 25 rows (4%, under the 5% an id may miss).
    const withGap = [1, 2, NaN, ...Array.from({ length: 22 }, (_, i) => i + 3)];
    const rising = inferColumn('order_id', numbersColumn(withGap), null, 25);
    expect(rising.type).toBe('id');
    expect(rising.levels?.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(Array.from(rising.codes ?? []).slice(0, 4)).toEqual([0, 1, -1, 2]);
    expect(rising.levels).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    const shuffled = [7, 3, 9, 1, 5, 2, 8, 4, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    expect(inferColumn('order_id', numbersColumn(shuffled), null, 20).type).toBe('id');
    const repeatedLater = [...shuffled.slice(0, 19), 3];
    expect(inferColumn('order_id', numbersColumn(repeatedLater), null, 20).type).toBe('numeric');
    expect(inferColumn('order_id', numbersColumn([1, 2, 2, 3]), null, 4).type).toBe('numeric');
  });

  it('keeps an id-named column numeric when values repeat, are fractional or often missing', () => {
    expect(inferColumn('store_id', numbersColumn([1, 2, 2]), null, 3).type).toBe('numeric');
    expect(inferColumn('store_id', numbersColumn([1.5, 2, 3]), null, 3).type).toBe('numeric');
    expect(inferColumn('store_id', numbersColumn([1, NaN, 3]), null, 3).type).toBe('numeric');
  });
});
