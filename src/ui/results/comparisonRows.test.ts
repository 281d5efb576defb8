import { describe, expect, it } from 'vitest';
import type { MetricSet } from '../../core/training/trainingTypes';
import { REGRESSION_COLUMNS } from '../modeling/headlineMetrics';
import { sortRows, defaultOrder, type ComparisonRow } from './comparisonRows';

function regressionRow(
  runId: number,
  kind: ComparisonRow['kind'],
  r2: number,
  rmse: number,
): ComparisonRow {
  const set: MetricSet = { task: 'regression', rows: 50, r2, rmse, mae: rmse / 2, mape: null };
  return { runId, kind, split: 'test', set };
}

const rows = [
  regressionRow(1, 'linear', 0.61, 3.1),
  regressionRow(2, 'svm', 0.74, 2.2),
  regressionRow(3, 'neural', Number.NaN, 9.9),
];
const names = { linear: 'Linear', svm: 'SVM', neural: 'Neural' } as const;
const nameOf = (kind: ComparisonRow['kind']) => names[kind];

describe('sortRows', () => {
  it('puts the highest R² first by default and a NaN metric last', () => {
    const r2 = REGRESSION_COLUMNS[0];
    if (!r2) throw new Error('R² column missing');
    const sorted = sortRows(rows, defaultOrder(r2), REGRESSION_COLUMNS, nameOf);
    expect(sorted.map((row) => row.kind)).toEqual(['svm', 'linear', 'neural']);
  });

  it('puts the lowest RMSE first by default (lower is better)', () => {
    const rmse = REGRESSION_COLUMNS[1];
    if (!rmse) throw new Error('RMSE column missing');
    expect(defaultOrder(rmse)).toEqual({ key: 'data-rmse', descending: false });
    const sorted = sortRows(rows, defaultOrder(rmse), REGRESSION_COLUMNS, nameOf);
    expect(sorted.map((row) => row.kind)).toEqual(['svm', 'linear', 'neural']);
  });

  it('keeps missing values last in either direction', () => {
    const sorted = sortRows(
      rows,
      { key: 'data-r2', descending: false },
      REGRESSION_COLUMNS,
      nameOf,
    );
    expect(sorted.map((row) => row.kind)).toEqual(['linear', 'svm', 'neural']);
  });

  it('sorts by model name alphabetically', () => {
    const sorted = sortRows(rows, { key: 'model', descending: false }, REGRESSION_COLUMNS, nameOf);
    expect(sorted.map((row) => row.kind)).toEqual(['linear', 'neural', 'svm']);
  });
});
