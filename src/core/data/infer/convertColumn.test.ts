import { describe, expect, it } from 'vitest';
import { convertColumn } from './convertColumn';
import { numbersColumn, stringsColumn } from './fixtures/rawColumns';
import { inferColumn } from './inferColumn';

const valuesOf = (column: { values: Float64Array | null }) => Array.from(column.values ?? []);

describe('convertColumn from text', () => {
  it('turns a categorical column numeric, counting rows that do not parse', () => {
    const column = inferColumn('score', stringsColumn(['10', 'abc', '20', 'abc', 'NA']), null, 5);
    expect(column.type).toBe('categorical');
    const { column: numeric, unparsed } = convertColumn(column, 'numeric', 5);
    expect(numeric.type).toBe('numeric');
    expect(numeric.inferredType).toBe('categorical');
    expect(valuesOf(numeric)).toEqual([10, NaN, 20, NaN, NaN]);
    expect(unparsed).toBe(2);
    expect(numeric.missing).toBe(3);
  });

  it('reads the decimal comma from the values when converting to numeric', () => {
    const column = inferColumn(
      'price',
      stringsColumn(['1,5', '2,25', 'x', 'y', 'z', 'w', 'v', 'u']),
      null,
      8,
    );
    const { column: numeric, unparsed } = convertColumn(column, 'numeric', 8);
    expect(valuesOf(numeric).slice(0, 2)).toEqual([1.5, 2.25]);
    expect(numeric.format.decimal).toBe(',');
    expect(unparsed).toBe(6);
  });

  it('turns IDs with leading zeros into numbers when asked', () => {
    const column = inferColumn('zip', stringsColumn(['00123', '04567']), null, 2);
    expect(column.type).toBe('id');
    const { column: numeric, unparsed } = convertColumn(column, 'numeric', 2);
    expect(valuesOf(numeric)).toEqual([123, 4567]);
    expect(unparsed).toBe(0);
  });

  it('keeps the text when a numeric column becomes categorical, and round-trips back', () => {
    const numeric = inferColumn('amount', stringsColumn(['1.234,5', '0,5', '1.234,5']), null, 3);
    const { column: categorical, unparsed } = convertColumn(numeric, 'categorical', 3);
    expect(categorical.levels).toEqual(['1.234,5', '0,5']);
    expect(Array.from(categorical.codes ?? [])).toEqual([0, 1, 0]);
    expect(unparsed).toBe(0);
    const back = convertColumn(categorical, 'numeric', 3).column;
    expect(valuesOf(back)).toEqual([1234.5, 0.5, 1234.5]);
    expect(back.inferredType).toBe('numeric');
  });

  it('remembers the day-month order across re-typings', () => {
    const dates = inferColumn('day', stringsColumn(['01/03/2024', '02/03/2024']), null, 2, ',');
    expect(dates.format.dateOrder).toBe('dmy');
    const text = convertColumn(dates, 'text', 2).column;
    const again = convertColumn(text, 'date', 2).column;
    expect(valuesOf(again)).toEqual([Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 2)]);
  });

  it('turns text into dates, counting rows that are no date', () => {
    const column = inferColumn(
      'day',
      stringsColumn(['2024-03-01', 'soon', 'later', 'soon']),
      null,
      4,
    );
    const { column: date, unparsed } = convertColumn(column, 'date', 4);
    expect(valuesOf(date)).toEqual([Date.UTC(2024, 2, 1), NaN, NaN, NaN]);
    expect(unparsed).toBe(3);
  });

  it('turns text into booleans, counting words outside the pairs', () => {
    const column = inferColumn('opt_in', stringsColumn(['yes', 'no', 'maybe', 'yes']), null, 4);
    const { column: flag, unparsed } = convertColumn(column, 'boolean', 4);
    expect(valuesOf(flag)).toEqual([1, 0, NaN, 1]);
    expect(unparsed).toBe(1);
  });
});

describe('convertColumn from numbers', () => {
  it('labels each distinct number with String(v) for categorical', () => {
    const column = inferColumn('rating', numbersColumn([3, 5, NaN, 3, 4.5]), null, 5);
    const { column: categorical, unparsed } = convertColumn(column, 'categorical', 5);
    expect(categorical.levels).toEqual(['3', '5', '4.5']);
    expect(Array.from(categorical.codes ?? [])).toEqual([0, 1, -1, 0, 2]);
    expect(categorical.missing).toBe(1);
    expect(unparsed).toBe(0);
  });

  it('accepts only 0 and 1 as booleans', () => {
    const column = inferColumn('flag', numbersColumn([0, 1, 2, NaN, 1]), null, 5);
    const { column: flag, unparsed } = convertColumn(column, 'boolean', 5);
    expect(valuesOf(flag)).toEqual([0, 1, NaN, NaN, 1]);
    expect(unparsed).toBe(1);
  });

  it('reads yyyymmdd integers and Excel serial days as dates when asked', () => {
    const column = inferColumn(
      'day',
      numbersColumn([20240301, 45352, 45352.5, -4, 20241340]),
      null,
      5,
    );
    expect(column.type).toBe('numeric');
    const { column: date, unparsed } = convertColumn(column, 'date', 5);
    const march = Date.UTC(2024, 2, 1);
    expect(valuesOf(date)).toEqual([march, march, march + 12 * 3600 * 1000, NaN, NaN]);
    expect(unparsed).toBe(2);
  });

  it('labels workbook dates as ISO text when they become categorical', () => {
    const march = Date.UTC(2024, 2, 1);
    const column = inferColumn('day', numbersColumn([march, march + 90_000]), 'date', 2);
    const categorical = convertColumn(column, 'categorical', 2).column;
    expect(categorical.levels).toEqual(['2024-03-01', '2024-03-01T00:01:30.000Z']);
    expect(valuesOf(convertColumn(categorical, 'date', 2).column)).toEqual([march, march + 90_000]);
  });

  it('gives back the same values when converted to its inferred type', () => {
    const column = inferColumn('spend', numbersColumn([1, 2.5, NaN]), null, 3);
    const { column: same, unparsed } = convertColumn(column, 'numeric', 3);
    expect(valuesOf(same)).toEqual(valuesOf(column));
    expect(same.missing).toBe(1);
    expect(unparsed).toBe(0);
  });
});
