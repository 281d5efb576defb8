import { describe, expect, it } from 'vitest';
import type { SummaryWarning } from '../../results/resultTypes';
import type { TrainingOutcome } from '../../training/trainingTypes';
import { breuschPagan } from './breuschPagan';
import { olsInfluence } from './olsInfluence';
import { summaryFacts } from './summaryFacts';
import type { SummaryInput } from './summaryTypes';
import { adTable, residualsOf, trainDesign, trainRows, trainRun } from './testing/summaryRuns';

const FEATURES = ['tv', 'radio', 'region'];

function warningsOf(input: Partial<SummaryInput> & { outcome: TrainingOutcome }) {
  const base = { importance: null, residuals: null, leakage: [], featureScale: new Map() };
  return summaryFacts({ ...base, ...input }).warnings;
}

const codes = (warnings: readonly SummaryWarning[]) => warnings.map((w) => w.code);

describe('summary warnings on residuals', () => {
  it('flags residuals whose spread grows with the fit (Breusch–Pagan on training rows)', async () => {
    const table = adTable({ rows: 300, seed: 31, spreadGrows: true });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
    });
    const residuals = residualsOf(outcome);
    const warning = warningsOf({ outcome, residuals }).find((w) => w.code === 'heteroscedastic');
    const train = [...residuals.part.keys()].filter((i) => residuals.part[i] === 0);
    const expected = breuschPagan(
      train.map((i) => residuals.fitted[i]!),
      train.map((i) => residuals.residual[i]!),
    );
    expect(warning?.params).toEqual({
      pValue: expected?.pValue,
      statistic: expected?.statistic,
      rows: outcome.rowCounts.train,
    });
    expect(expected?.pValue).toBeLessThan(0.01);
  });

  it('stays quiet when the spread is constant', async () => {
    const table = adTable({ rows: 300, seed: 32 });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
    });
    const warnings = warningsOf({ outcome, residuals: residualsOf(outcome) });
    expect(codes(warnings)).toEqual([]);
  });

  it('names planted high-leverage outliers of an OLS fit by their row numbers', async () => {
    const planted = [3, 50, 120];
    const table = adTable({ rows: 300, seed: 33, outliers: planted });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
    });
    const design = trainDesign(table, outcome);
    const warning = warningsOf({ outcome, residuals: residualsOf(outcome), design }).find(
      (w) => w.code === 'high-leverage-outliers',
    );
    const inTraining = planted.filter((row) => trainRows(outcome).includes(row));
    expect(inTraining.length).toBeGreaterThan(0);
    expect(warning?.params.method).toBe('leverage');
    expect(warning?.params.count).toBe(inTraining.length);
    const listed = String(warning?.params.rows).split(', ').map(Number);
    expect(listed.sort((a, b) => a - b)).toEqual(inTraining.map((row) => row + 1));
  });

  it('lists the worst rows first, at most five, and agrees with olsInfluence', async () => {
    const planted = [2, 11, 40, 77, 90, 150, 181, 222, 260, 291];
    const table = adTable({ rows: 300, seed: 34, outliers: planted });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
    });
    const residuals = residualsOf(outcome);
    const design = trainDesign(table, outcome);
    const warning = warningsOf({ outcome, residuals, design }).find(
      (w) => w.code === 'high-leverage-outliers',
    );
    const train = residuals.residual.filter((_, i) => residuals.part[i] === 0);
    const { hat, studentized, rank } = olsInfluence(design, train);
    const rows = trainRows(outcome);
    const flagged = [...hat.keys()].filter(
      (i) => hat[i]! > (2 * rank) / hat.length && Math.abs(studentized[i]!) > 3,
    );
    flagged.sort((a, b) => Math.abs(studentized[b]!) - Math.abs(studentized[a]!));
    expect(warning?.params.count).toBe(flagged.length);
    expect(flagged.length).toBeGreaterThan(5);
    expect(warning?.params.rows).toBe(
      flagged
        .slice(0, 5)
        .map((i) => rows[i]! + 1)
        .join(', '),
    );
  });

  it('uses |standardised residual| > 4 for models other than OLS', async () => {
    const table = adTable({ rows: 300, seed: 33, outliers: [3, 50, 120] });
    const ridge = { method: 'ridge', lambda: '0.1' };
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
      options: ridge,
    });
    const residuals = residualsOf(outcome);
    const warning = warningsOf({ outcome, residuals }).find(
      (w) => w.code === 'high-leverage-outliers',
    );
    const train = [...residuals.residual.filter((_, i) => residuals.part[i] === 0)];
    const mean = train.reduce((s, r) => s + r, 0) / train.length;
    const sd = Math.sqrt(train.reduce((s, r) => s + (r - mean) ** 2, 0) / (train.length - 1));
    expect(warning?.params.method).toBe('residual');
    expect(warning?.params.count).toBe(train.filter((r) => Math.abs((r - mean) / sd) > 4).length);
  });
});

describe('summary warnings on the model and the data', () => {
  it('names collinear columns (VIF above 10) of an OLS fit', async () => {
    const table = adTable({ rows: 300, seed: 35, collinear: true });
    const features = [...FEATURES, 'tv_copy'];
    const outcome = await trainRun(table, { target: 'sales', task: 'regression', features });
    const warning = warningsOf({ outcome }).find((w) => w.code === 'collinearity');
    expect(warning?.params).toMatchObject({ columns: 'tv, tv_copy', count: 2 });
    expect(warning?.params.maxVif).toBeGreaterThan(10);
  });

  it('passes on leakage suspects scoring 0.98 or more, highest first', async () => {
    const table = adTable({ rows: 200, seed: 36 });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: FEATURES,
    });
    const leakage = [
      { column: 'radio', score: 0.3 },
      { column: 'copy', score: 0.98 },
      { column: 'refund', score: 0.999 },
    ];
    const suspects = warningsOf({ outcome, leakage }).filter((w) => w.code === 'leakage-suspect');
    expect(suspects.map((w) => w.params)).toEqual([
      { column: 'refund', score: 0.999 },
      { column: 'copy', score: 0.98 },
    ]);
  });

  it('calls a model fitted to noise weak', async () => {
    const table = adTable({ rows: 300, seed: 37 });
    const outcome = await trainRun(table, {
      target: 'sales',
      task: 'regression',
      features: ['tv'],
    });
    const noise = await trainRun(adTable({ rows: 300, seed: 38 }), {
      target: 'radio',
      task: 'regression',
      features: ['region'],
    });
    expect(codes(warningsOf({ outcome }))).not.toContain('weak-model');
    const weak = warningsOf({ outcome: noise }).find((w) => w.code === 'weak-model');
    expect(weak?.params).toMatchObject({ metric: 'r2', part: 2 });
    expect(weak?.params.value).toBeLessThan(0.02);
  });

  it('warns when fewer than 30 rows were held out, or none at all', async () => {
    const table = adTable({ rows: 100, seed: 39 });
    const request = { target: 'sales', task: 'regression' as const, features: FEATURES };
    const small = await trainRun(table, { ...request, split: { testPct: 20 } });
    const none = await trainRun(table, { ...request, split: { testPct: 0 } });
    const large = await trainRun(table, { ...request, split: { testPct: 40 } });
    const smallSet = (outcome: TrainingOutcome) =>
      warningsOf({ outcome }).find((w) => w.code === 'small-test-set')?.params;
    expect(smallSet(small)).toEqual({ rows: small.rowCounts.test, part: 2, minimum: 30 });
    expect(smallSet(none)).toEqual({ rows: 0, part: 0, minimum: 30 });
    expect(
      summaryFacts({
        outcome: none,
        importance: null,
        residuals: null,
        leakage: [],
        featureScale: new Map(),
      }).part,
    ).toBe(0);
    expect(smallSet(large)).toBeUndefined();
  });
});
