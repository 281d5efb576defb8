import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportanceResult } from '../../results/resultTypes';
import type { TrainingOutcome } from '../../training/trainingTypes';
import { MIN_LINE_FIT } from './curveShape';
import { summaryFacts } from './summaryFacts';
import type { DependenceCurve } from './summaryTypes';
import { adTable, trainRun } from './testing/summaryRuns';

const table = adTable({ rows: 200, seed: 21 });
const featureScale = new Map([
  ['tv', 3400],
  ['radio', 14],
]);
const importance: ImportanceResult = {
  metric: 'r2',
  part: 2,
  rows: 50,
  repeats: 5,
  features: [
    { column: 'radio', mean: 0.05, std: 0.01 },
    { column: 'tv', mean: 0.6, std: 0.02 },
    { column: 'region', mean: 0.2, std: 0.02 },
  ],
};

/** The drivers logic only reads the pipeline, importance and curves: reuse a real run as an SVM's. */
async function nonLinear(target: string, task: 'regression' | 'classification') {
  const run = await trainRun(table, { target, task, features: ['tv', 'radio', 'region'] });
  return { ...run, kind: 'svm', model: { kind: 'svm' } } satisfies TrainingOutcome;
}

function driversOf(outcome: TrainingOutcome, curves: Map<string, DependenceCurve>) {
  const input = { outcome, importance, residuals: null, leakage: [], featureScale, curves };
  return summaryFacts(input).drivers;
}

const grid = [0, 2000, 4000, 6000, 8000, 10000, 12000];

describe('drivers of a non-linear model (partial-dependence slope × step)', () => {
  let regression: TrainingOutcome;
  beforeAll(async () => (regression = await nonLinear('sales', 'regression')));

  it('orders drivers by permutation importance and carries it', () => {
    const drivers = driversOf(regression, new Map());
    expect(drivers.map((d) => [d.column, d.importance])).toEqual([
      ['tv', 0.6],
      ['region', 0.2],
      ['radio', 0.05],
    ]);
  });

  it('takes the least-squares slope of the curve times the step as the effect', () => {
    const y = [100, 150, 190, 290, 330, 420, 460];
    const curves = new Map([['tv', { x: grid, y }]]);
    const [tv] = driversOf(regression, curves);
    const mx = grid.reduce((s, v) => s + v, 0) / grid.length;
    const my = y.reduce((s, v) => s + v, 0) / y.length;
    const sxy = grid.reduce((s, x, i) => s + (x - mx) * (y[i]! - my), 0);
    const sxx = grid.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(tv).toMatchObject({ step: 1000, direction: 'up' });
    expect(tv?.effect).toBeCloseTo((sxy / sxx) * 1000, 12);
  });

  it('says down for a falling curve', () => {
    const curves = new Map([['tv', { x: grid, y: grid.map((x) => 500 - x / 100) }]]);
    const [tv] = driversOf(regression, curves);
    expect(tv?.direction).toBe('down');
    expect(tv?.effect).toBeCloseTo(-10, 10);
  });

  it(`gives no effect (NaN) when a line explains under ${MIN_LINE_FIT} of a U-shaped curve`, () => {
    const curves = new Map([['tv', { x: grid, y: grid.map((x) => (x - 6000) ** 2 / 1e5) }]]);
    expect(driversOf(regression, curves)[0]?.effect).toBeNaN();
  });

  it('gives no effect (NaN) without a curve, with "up" only as a placeholder', () => {
    const [tv] = driversOf(regression, new Map());
    expect(tv?.effect).toBeNaN();
    expect(tv).toMatchObject({ column: 'tv', step: 1000, direction: 'up' });
  });

  it('reads a category curve as its most different level against the first level', () => {
    const curve = { x: [0, 1, 2], y: [200, 190, 245], levels: ['north', 'east', 'south'] };
    const region = driversOf(regression, new Map([['region', curve]]))[1];
    expect(region).toMatchObject({ column: 'region', level: 'south', step: 1, effect: 45 });
  });
});

describe('drivers of a non-linear classifier', () => {
  it('measures the slope on the log-odds of the probability curve', async () => {
    const outcome = await nonLinear('bought', 'classification');
    const logOdds = grid.map((x) => -3 + x / 2000);
    const probability = logOdds.map((z) => 1 / (1 + Math.exp(-z)));
    const [tv] = driversOf(outcome, new Map([['tv', { x: grid, y: probability }]]));
    expect(tv?.effect).toBeCloseTo(0.5, 10);
    expect(tv).toMatchObject({ className: 'yes', versusClass: null });
  });

  it('names the class whose probability curve a multi-class driver was read from', async () => {
    const outcome = await nonLinear('tier', 'classification');
    const rising = grid.map((x) => 0.1 + x / 20000);
    const curves = new Map([
      ['tv', { x: grid, y: rising, classIndex: 1 }],
      [
        'region',
        { x: [0, 1, 2], y: [0.2, 0.5, 0.3], levels: ['north', 'south', 'east'], classIndex: 2 },
      ],
    ]);
    const [tv, region, radio] = driversOf(outcome, curves);
    expect(outcome.classes).toEqual(['bronze', 'gold', 'silver']);
    expect(tv).toMatchObject({
      column: 'tv',
      className: 'gold',
      versusClass: null,
      direction: 'up',
    });
    expect(region).toMatchObject({ column: 'region', level: 'south', className: 'silver' });
    // No curve: neither a direction nor a class to speak of.
    expect(radio).toMatchObject({ column: 'radio', className: null });
    expect(radio?.effect).toBeNaN();
  });

  it('leaves the class out of regression drivers', async () => {
    const outcome = await nonLinear('sales', 'regression');
    const [tv] = driversOf(outcome, new Map([['tv', { x: grid, y: grid }]]));
    expect(tv).toMatchObject({ className: null, versusClass: null });
  });
});
