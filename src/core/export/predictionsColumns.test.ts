import { describe, expect, it } from 'vitest';
import { codesColumn } from '../data/infer/column';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { predictionsColumns } from './predictionsColumns';
import type { ExportColumn, PredictionsInput } from './predictionsTypes';

const DAY = Date.UTC(2024, 4, 17);
const table = tableOf([
  numberColumn('spend', [12.5, null, -3]),
  levelColumn('city', ['北京', null, '=cmd']),
  numberColumn('signup', [DAY, DAY + 9.5 * 3600_000, null], 'date'),
  {
    ...numberColumn('member', [1, 0, null], 'boolean'),
    raw: { kind: 'strings', codes: Int32Array.of(0, 1, 2), dictionary: ['是', '否', 'maybe'] },
  },
  numberColumn('flag', [0, 1, 1], 'boolean'),
  numberColumn('row', [7, 8, 9]),
  numberColumn('sales', [100, 80, 60]),
]);

/** Cell values of a column as plain data: numbers (null for NaN) or text (null for empty). */
function cells(column: ExportColumn | undefined): (number | string | null)[] {
  if (column === undefined) throw new Error('no such column');
  if (column.kind !== 'text') return Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
  return Array.from(column.codes, (code) => (code < 0 ? null : column.levels[code]!));
}

const byHeader = (columns: readonly ExportColumn[], header: string) =>
  columns.find((column) => column.header === header);

const regression: PredictionsInput = {
  table,
  rows: Int32Array.of(2, 0, 1),
  part: Uint8Array.of(0, 2, 1),
  actual: Float64Array.of(60, 100, 80),
  predicted: Float64Array.of(58, 101.5, 80),
  probabilities: null,
  classes: null,
  task: 'regression',
  target: 'sales',
};

describe('predictionsColumns', () => {
  it('puts the row number first, the table columns next, then part, actual, predicted, residual', () => {
    const columns = predictionsColumns(regression);
    expect(columns.map((column) => column.header)).toEqual([
      'row (2)',
      'spend',
      'city',
      'signup',
      'member',
      'flag',
      'row',
      'sales',
      'part',
      'actual sales',
      'predicted sales',
      'residual',
    ]);
    expect(cells(columns[0])).toEqual([3, 1, 2]);
    expect(cells(byHeader(columns, 'part'))).toEqual(['train', 'test', 'validation']);
    expect(cells(byHeader(columns, 'residual'))).toEqual([2, -1.5, 0]);
  });

  it('shows table values as the user saw them, in the order of `rows`', () => {
    const columns = predictionsColumns(regression);
    expect(cells(byHeader(columns, 'spend'))).toEqual([-3, 12.5, null]);
    expect(cells(byHeader(columns, 'city'))).toEqual(['=cmd', '北京', null]);
    expect(byHeader(columns, 'signup')?.kind).toBe('date');
    expect(cells(byHeader(columns, 'signup'))).toEqual([null, DAY, DAY + 9.5 * 3600_000]);
    expect(cells(byHeader(columns, 'member'))).toEqual([null, '是', '否']);
    expect(cells(byHeader(columns, 'flag'))).toEqual(['TRUE', 'FALSE', 'TRUE']);
  });

  it('leaves out part, actual and residual when there are none (a newly scored file)', () => {
    const columns = predictionsColumns({ ...regression, part: null, actual: null });
    expect(columns.slice(-2).map((column) => column.header)).toEqual(['sales', 'predicted sales']);
  });

  it('writes class labels and one probability column per class, suffixing clashing names', () => {
    const withClash = tableOf([
      ...table.columns,
      codesColumn(
        'probability yes',
        'text',
        { kind: 'numbers', values: new Float64Array(3) },
        Int32Array.of(-1, -1, -1),
        [],
        {},
      ),
    ]);
    const columns = predictionsColumns({
      ...regression,
      table: withClash,
      task: 'classification',
      target: 'bought',
      classes: ['no', 'yes'],
      actual: Float64Array.of(1, Number.NaN, 0),
      predicted: Float64Array.of(1, 0, 0),
      probabilities: Float64Array.of(0.2, 0.8, 0.6, 0.4, 0.9, 0.1),
    });
    expect(columns.slice(-4).map((column) => column.header)).toEqual([
      'actual bought',
      'predicted bought',
      'probability no',
      'probability yes (2)',
    ]);
    expect(cells(byHeader(columns, 'actual bought'))).toEqual(['yes', null, 'no']);
    expect(cells(byHeader(columns, 'predicted bought'))).toEqual(['yes', 'no', 'no']);
    expect(cells(byHeader(columns, 'probability no'))).toEqual([0.2, 0.6, 0.9]);
    expect(cells(byHeader(columns, 'probability yes (2)'))).toEqual([0.8, 0.4, 0.1]);
  });
});
