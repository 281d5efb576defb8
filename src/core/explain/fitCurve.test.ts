import { describe, expect, it } from 'vitest';
import type { Column } from '../data/table';
import type { Matrix, Predictions, TaskType } from '../models/modelTypes';
import { fitPipeline } from '../prep/fit/fitPipeline';
import type { FeatureSpec, Pipeline } from '../prep/prepTypes';
import { seededRandom } from '../prep/split/seededRandom';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { PART_TEST, PART_TRAIN } from '../results/resultTypes';
import { fitCurve } from './fitCurve';
import type { FitCurveInput } from './fitCurveTypes';
import { encodedWeights, linearClassifier, linearRegressor } from './testing/linearPredict';

const ROWS = 200;
const TRAIN = 150;
const DAY = 86_400_000;
const random = seededRandom(5);
const spend = Array.from({ length: ROWS }, (_, row) => (row < TRAIN ? random() * 100 : 500 + row));
const visits = Array.from({ length: ROWS }, () => Math.floor(random() * 30));
const plan = Array.from({ length: ROWS }, (_, row) => ['pro', 'basic', 'team'][row % 3] ?? 'basic');
const member = Array.from({ length: ROWS }, (_, row) => row % 2);
const joined = Array.from({ length: ROWS }, (_, row) => Date.UTC(2024, 0, 1) + (row % 90) * DAY);
const sales = spend.map((s, row) => 2 * s + (visits[row] as number) + random());
const bought = sales.map((s) => (s > 110 ? 'yes' : 'no'));
const columns: Column[] = [
  numberColumn('spend', spend),
  numberColumn('visits', visits),
  levelColumn('plan', plan),
  numberColumn('member', member, 'boolean'),
  numberColumn('joined', joined, 'date'),
  numberColumn('sales', sales),
  levelColumn('bought', bought),
];
const table = tableOf(columns);
const rows = rowRange(0, ROWS);
const parts = Uint8Array.from(rows, (row) => (row < TRAIN ? PART_TRAIN : PART_TEST));
const WEIGHTS = { spend: 2, visits: 1, plan: { basic: 0, pro: 5, team: -3 }, member: 4 };

function pipelineFor(task: TaskType, features: FeatureSpec[]): Pipeline {
  const target = task === 'regression' ? 'sales' : 'bought';
  const spec = { target, task, features, standardise: false };
  const result = fitPipeline(table, spec, rowRange(0, TRAIN));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function inputFor(features: string[], task: TaskType = 'regression'): FitCurveInput {
  const pipeline = pipelineFor(
    task,
    features.map((column) => ({ column })),
  );
  const weights = encodedWeights(pipeline, WEIGHTS);
  const predict =
    task === 'regression'
      ? linearRegressor(weights, 10)
      : linearClassifier([new Float64Array(weights.length), weights.map((w) => w / 50)], [0, -2]);
  const actual = Float64Array.from(
    rows,
    (row) => (task === 'regression' ? sales[row] : bought[row] === 'yes' ? 1 : 0) as number,
  );
  return { pipeline, table, column: features[0] ?? '', rows, parts, actual, predict, task };
}

function curveOf(input: FitCurveInput) {
  const result = fitCurve(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('fitCurve', () => {
  it('gives a linear model’s partial dependence: its line shifted by the other features’ mean effect', () => {
    const curve = curveOf(inputFor(['spend', 'visits', 'plan']));
    expect(curve).toMatchObject({ kind: 'partial-dependence', classIndex: null, levels: null });
    // Background = all 150 training rows, fewer than the 300 sampled by default.
    let others = 0;
    for (let row = 0; row < TRAIN; row++) {
      others +=
        (visits[row] as number) + ((WEIGHTS.plan as Record<string, number>)[plan[row] ?? ''] ?? 0);
    }
    for (const point of curve.curve) {
      expect(point.y).toBeCloseTo(10 + 2 * point.x + others / TRAIN, 10);
      expect(point).toMatchObject({ lower: null, upper: null });
    }
  });

  it('spans the grid over training values only, from the 2nd to the 98th percentile', () => {
    const curve = curveOf({ ...inputFor(['spend', 'visits']), gridSize: 25 });
    const xs = curve.curve.map((point) => point.x);
    const training = spend.slice(0, TRAIN);
    expect(xs).toHaveLength(25);
    expect(Math.min(...xs)).toBeGreaterThan(Math.min(...training));
    expect(Math.max(...xs)).toBeLessThan(Math.max(...training));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws the single-feature line over the full training range; ridge gets no band', () => {
    const input = inputFor(['spend']);
    const linear = { trainRows: rowRange(0, TRAIN), method: 'ridge' } as const;
    const curve = curveOf({ ...input, linear });
    expect(curve.kind).toBe('line');
    const training = spend.slice(0, TRAIN);
    expect(curve.curve[0]?.x).toBe(Math.min(...training));
    expect(curve.curve.at(-1)?.x).toBe(Math.max(...training));
    expect(curve.curve.every((p) => p.lower === null && p.upper === null)).toBe(true);
    const ols = curveOf({ ...input, linear: { trainRows: linear.trainRows } });
    expect(
      ols.curve.every((p) => (p.lower ?? Infinity) < p.y && p.y < (p.upper ?? -Infinity)),
    ).toBe(true);
  });

  it('gives one point per level of a categorical feature and plots rows at their level index', () => {
    const curve = curveOf(inputFor(['plan', 'spend']));
    expect(curve.levels).toEqual(['pro', 'basic', 'team']);
    expect(curve.curve.map((point) => point.x)).toEqual([0, 1, 2]);
    const [pro, basic, team] = curve.curve.map((point) => point.y) as [number, number, number];
    expect(pro - basic).toBeCloseTo(5, 10);
    expect(team - basic).toBeCloseTo(-3, 10);
    expect(curve.points.every((p) => plan[p.row] === curve.levels?.[p.x])).toBe(true);
  });

  it('treats a boolean feature as the levels false and true', () => {
    const curve = curveOf(inputFor(['member', 'spend']));
    expect(curve.levels).toEqual(['false', 'true']);
    expect(curve.curve.map((point) => point.x)).toEqual([0, 1]);
    expect((curve.curve[1]?.y ?? 0) - (curve.curve[0]?.y ?? 0)).toBeCloseTo(4, 10);
  });

  it('plots a date feature in milliseconds since 1970', () => {
    const curve = curveOf(inputFor(['joined', 'spend']));
    const first = Date.UTC(2024, 0, 1);
    expect(curve.points.every((p) => p.x === joined[p.row])).toBe(true);
    expect(curve.curve.every((p) => p.x >= first && p.x <= first + 89 * DAY)).toBe(true);
  });

  it('draws the probability of the positive class for a binary classifier', () => {
    const curve = curveOf(inputFor(['spend', 'visits'], 'classification'));
    expect(curve).toMatchObject({ kind: 'probability', classIndex: 1 });
    const ys = curve.curve.map((point) => point.y);
    expect(ys.every((y) => y > 0 && y < 1)).toBe(true);
    // Positive weight on spend: the probability of class 1 rises along the grid.
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const other = curveOf({ ...inputFor(['spend', 'visits'], 'classification'), classIndex: 0 });
    other.curve.forEach((point, i) => expect(point.y).toBeCloseTo(1 - (ys[i] as number), 12));
  });

  it('averages over a deterministic sample of sampleRows training rows', () => {
    const input = inputFor(['spend', 'visits']);
    const seen: number[] = [];
    const predict = (m: Matrix): Predictions => (seen.push(m.rows), input.predict(m));
    const curve = curveOf({ ...input, predict, sampleRows: 20, gridSize: 10, seed: 8 });
    expect(seen).toEqual([10 * 20]);
    expect(curveOf({ ...input, sampleRows: 20, gridSize: 10, seed: 8 })).toEqual(curve);
    expect(curveOf({ ...input, sampleRows: 20, gridSize: 10, seed: 9 })).not.toEqual(curve);
    // The background sample does not depend on how many scatter points are drawn.
    const fewPoints = curveOf({ ...input, sampleRows: 20, gridSize: 10, seed: 8, maxPoints: 10 });
    expect(fewPoints.curve).toEqual(curve.curve);
  });

  it('downsamples the scatter deterministically, keeping the extremes', () => {
    const input = inputFor(['spend', 'visits']);
    const curve = curveOf({ ...input, maxPoints: 30 });
    expect(curve.total).toBe(ROWS);
    expect(curve.points).toHaveLength(30);
    const xs = curve.points.map((p) => p.x);
    expect(Math.max(...xs)).toBe(Math.max(...spend));
    expect(Math.min(...xs)).toBe(Math.min(...spend));
    expect(curve.points.every((p) => p.part === parts[p.row] && p.y === sales[p.row])).toBe(true);
    expect(curveOf({ ...input, maxPoints: 30 }).points).toEqual(curve.points);
  });

  it('explains why no curve can be drawn', () => {
    const input = inputFor(['spend', 'visits']);
    const codeOf = (overrides: Partial<FitCurveInput>) => {
      const result = fitCurve({ ...input, ...overrides });
      return result.ok ? 'ok' : result.error;
    };
    expect(codeOf({ column: 'revenue' })).toEqual({ code: 'unknown-column', column: 'revenue' });
    expect(codeOf({ column: 'plan' })).toEqual({ code: 'not-a-feature', column: 'plan' });
    expect(codeOf({ column: 'sales' })).toEqual({ code: 'not-a-feature', column: 'sales' });
    const classifier = inputFor(['spend'], 'classification');
    expect(fitCurve({ ...classifier, classIndex: 2 })).toEqual({
      ok: false,
      error: { code: 'bad-class', classIndex: 2, classes: 2 },
    });
  });
});
