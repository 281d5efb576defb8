import { describe, expect, it } from 'vitest';
import { levelColumn, numberColumn, tableOf } from '../../prep/testing/buildTable';
import reference from './fixtures/leakage.json';
import { leakageScores } from './leakageScores';
import { LEAKAGE_LIMIT } from './modelWarnings';

const cells = reference.columns;
const numbers = (name: keyof typeof cells) => cells[name] as (number | null)[];
const levels = (name: keyof typeof cells) => cells[name] as (string | null)[];

const table = tableOf([
  numberColumn('sales', numbers('sales')),
  numberColumn('honest', numbers('honest')),
  numberColumn('copy', numbers('copy')),
  levelColumn('region', levels('region')),
  levelColumn('ticket', levels('ticket'), 'id'),
  levelColumn('churn', levels('churn')),
  numberColumn('refund', numbers('refund')),
  levelColumn('status', levels('status')),
  numberColumn('flag', numbers('flag'), 'boolean'),
  levelColumn('tier', levels('tier')),
  numberColumn('tierCode', numbers('tierCode')),
  levelColumn('segment', levels('segment')),
  levelColumn('hint', levels('hint')),
  levelColumn('triple', levels('triple')),
]);
const rows = Int32Array.from(reference.rows);

function scoresFor(target: string, task: 'regression' | 'classification', expected: object) {
  const found = leakageScores(table, rows, target, task, Object.keys(expected));
  return { found: Object.fromEntries(found.map((s) => [s.column, s.score])), expected };
}

describe('leakageScores (numpy, scikit-learn and pandas on the training rows)', () => {
  it('regression: squared correlation for numbers, adjusted correlation ratio for levels', () => {
    const { found, expected } = scoresFor('sales', 'regression', reference.regression);
    for (const [column, score] of Object.entries(expected))
      expect(found[column]).toBeCloseTo(score, 12);
  });

  it('binary classification: max(AUC, 1 - AUC) for numbers, class purity for levels', () => {
    const { found, expected } = scoresFor('churn', 'classification', reference.binary);
    for (const [column, score] of Object.entries(expected))
      expect(found[column]).toBeCloseTo(score, 12);
  });

  it('multi-class: adjusted correlation ratio of a number across classes, purity for levels', () => {
    const { found, expected } = scoresFor('tier', 'classification', reference.multiclass);
    for (const [column, score] of Object.entries(expected))
      expect(found[column]).toBeCloseTo(score, 12);
  });

  it('flags a planted copy of the target and leaves honest features alone', () => {
    const sales = leakageScores(table, rows, 'sales', 'regression', ['copy', 'honest', 'region']);
    const churn = leakageScores(table, rows, 'churn', 'classification', [
      'refund',
      'status',
      'honest',
    ]);
    const flagged = [...sales, ...churn]
      .filter((s) => s.score >= LEAKAGE_LIMIT)
      .map((s) => s.column);
    expect(flagged).toEqual(['copy', 'refund', 'status']);
  });

  it('gives a column with a different level on every row no credit', () => {
    const [ticket] = leakageScores(table, rows, 'churn', 'classification', ['ticket']);
    expect(ticket?.score).toBe(0);
  });

  it('reads only the rows it is given', () => {
    const heldOut = [...Array(table.rowCount).keys()].filter(
      (row) => !reference.rows.includes(row),
    );
    const changed = numbers('copy').map((value, row) => (heldOut.includes(row) ? -1e6 : value));
    const edited = tableOf([
      ...table.columns.filter((c) => c.name !== 'copy'),
      numberColumn('copy', changed),
    ]);
    const before = leakageScores(table, rows, 'sales', 'regression', ['copy']);
    expect(leakageScores(edited, rows, 'sales', 'regression', ['copy'])).toEqual(before);
    expect(
      leakageScores(edited, [...rows, ...heldOut], 'sales', 'regression', ['copy']),
    ).not.toEqual(before);
  });

  it('skips the target itself and columns the table does not have', () => {
    const scores = leakageScores(table, rows, 'sales', 'regression', ['sales', 'nope', 'honest']);
    expect(scores.map((s) => s.column)).toEqual(['honest']);
  });
});
