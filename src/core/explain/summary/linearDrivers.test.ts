import { beforeAll, describe, expect, it } from 'vitest';
import type { DataTable } from '../../data/table';
import type { LinearModel } from '../../models/linear/linearTypes';
import type { Driver, ImportanceResult } from '../../results/resultTypes';
import type { TrainingOutcome } from '../../training/trainingTypes';
import { linearModelOf } from './linearDrivers';
import { summaryFacts } from './summaryFacts';
import { adTable, TV_EFFECT, trainingSpread, trainRun } from './testing/summaryRuns';

const FEATURES = ['tv', 'radio', 'region'];

function estimateOf(model: LinearModel, feature: string, className: string | null = null) {
  const row = model.table.find((r) => r.feature === feature && r.className === className);
  if (row?.estimate == null) throw new Error(`no estimate for ${feature}`);
  return row.estimate;
}

const featureOf = (d: Driver) => (d.level === null ? d.column : `${d.column} = ${d.level}`);

function importanceOf(order: readonly string[]): ImportanceResult {
  const features = order.map((column, i) => ({ column, mean: 0.5 / (i + 1), std: 0.01 }));
  return { metric: 'r2', part: 2, rows: 100, repeats: 5, features };
}

function factsFor(outcome: TrainingOutcome, table: DataTable, extra: object = {}) {
  const featureScale = new Map(['tv', 'radio'].map((c) => [c, trainingSpread(table, outcome, c)]));
  return summaryFacts({
    outcome,
    importance: null,
    residuals: null,
    leakage: [],
    featureScale,
    ...extra,
  });
}

describe('drivers of a linear regression', () => {
  const table = adTable({ rows: 400, seed: 11 });
  let outcome: TrainingOutcome;
  let model: LinearModel;
  beforeAll(async () => {
    outcome = await trainRun(table, { target: 'sales', task: 'regression', features: FEATURES });
    const linear = linearModelOf(outcome);
    if (linear === null) throw new Error('expected a linear model');
    model = linear;
  });

  it('says each extra 1,000 in TV spend adds about 45.8 to sales', () => {
    const tv = factsFor(outcome, table).drivers.find((d) => d.column === 'tv');
    expect(trainingSpread(table, outcome, 'tv')).toBeGreaterThan(3000);
    expect(tv).toMatchObject({ level: null, step: 1000, direction: 'up', importance: null });
    expect(tv?.effect).toBe(estimateOf(model, 'tv') * 1000);
    expect(tv?.effect).toBeCloseTo(TV_EFFECT * 1000, 0);
  });

  it('gives a category the effect of its most different level against the reference level', () => {
    const region = factsFor(outcome, table).drivers.find((d) => d.column === 'region');
    expect(region).toMatchObject({ level: 'south', step: 1, direction: 'up' });
    expect(region?.effect).toBe(estimateOf(model, 'region = south'));
    expect(region?.effect).toBeGreaterThan(30);
  });

  it('ranks by coefficient × typical size without importance, and never lists the intercept', () => {
    const facts = factsFor(outcome, table);
    const sizes = facts.drivers.map(
      (d) => Math.abs(d.effect / d.step) * (d.level ? 1 : trainingSpread(table, outcome, d.column)),
    );
    expect(facts.drivers.map((d) => d.column)).toEqual(['tv', 'region', 'radio']);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(facts.drivers.some((d) => d.column === '(intercept)')).toBe(false);
  });

  it('ranks by importance when it is given, and reports it', () => {
    const importance = importanceOf(['radio', 'region', 'tv']);
    const facts = factsFor(outcome, table, { importance, maxDrivers: 2 });
    expect(facts.drivers.map((d) => [d.column, d.importance])).toEqual([
      ['radio', 0.5],
      ['region', 0.25],
    ]);
  });

  it('leads with held-out R² against the mean baseline', () => {
    const facts = factsFor(outcome, table);
    const test = outcome.metrics.test;
    const baseline = outcome.baseline.test;
    if (test?.task !== 'regression' || baseline?.task !== 'regression') throw new Error('no test');
    expect(facts).toMatchObject({ target: 'sales', task: 'regression', positiveClass: null });
    expect(facts).toMatchObject({ part: 2, metric: 'r2', value: test.r2, baseline: baseline.r2 });
  });
});

describe('drivers of a logistic regression', () => {
  const table = adTable({ rows: 400, seed: 12 });

  it('gives log-odds per step for the positive class and leads with AUC against 0.5', async () => {
    const outcome = await trainRun(table, {
      target: 'bought',
      task: 'classification',
      features: FEATURES,
    });
    const facts = factsFor(outcome, table);
    const model = linearModelOf(outcome)!;
    const tv = facts.drivers.find((d) => d.column === 'tv');
    expect(facts).toMatchObject({ positiveClass: 'yes', metric: 'auc', baseline: 0.5 });
    expect(tv?.step).toBe(1000);
    expect(tv?.effect).toBe(estimateOf(model, 'tv', 'yes') * 1000);
    expect(tv?.direction).toBe('up');
    expect(tv).toMatchObject({ className: 'yes', versusClass: null });
  });

  it('reads a multinomial model as the odds of a class over the first class, per column the strongest', async () => {
    const outcome = await trainRun(table, {
      target: 'tier',
      task: 'classification',
      features: FEATURES,
    });
    const model = linearModelOf(outcome)!;
    const facts = factsFor(outcome, table);
    expect(outcome.classes).toEqual(['bronze', 'gold', 'silver']);
    expect(facts.positiveClass).toBeNull();
    expect(facts.drivers).toHaveLength(3);
    // The default L2 fit has a predictor per class: a contrast is a difference of two rows.
    const contrast = (feature: string, className: string) =>
      estimateOf(model, feature, className) - estimateOf(model, feature, 'bronze');
    for (const driver of facts.drivers) {
      expect(driver.versusClass).toBe('bronze');
      expect(['gold', 'silver']).toContain(driver.className);
      const feature = featureOf(driver);
      expect(driver.effect).toBeCloseTo(contrast(feature, driver.className!) * driver.step, 12);
    }
    const tv = facts.drivers.find((d) => d.column === 'tv');
    expect(tv).toMatchObject({ className: 'gold', direction: 'up' });
    expect(Math.abs(contrast('tv', 'gold'))).toBeGreaterThan(Math.abs(contrast('tv', 'silver')));
  });

  it('takes the rows of an unpenalised multinomial model as they are: already against the first class', async () => {
    const outcome = await trainRun(table, {
      target: 'tier',
      task: 'classification',
      features: FEATURES,
      options: { penalty: 'none' },
    });
    const model = linearModelOf(outcome)!;
    expect(model.table.some((row) => row.className === 'bronze')).toBe(false);
    const facts = factsFor(outcome, table);
    for (const driver of facts.drivers) {
      expect(driver.versusClass).toBe('bronze');
      const estimate = estimateOf(model, featureOf(driver), driver.className);
      expect(driver.effect).toBe(estimate * driver.step);
    }
  });
});
