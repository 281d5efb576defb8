import { describe, expect, it } from 'vitest';
import type { Matrix, Predictions } from '../models/modelTypes';
import { fitPipeline } from '../prep/fit/fitPipeline';
import { seededRandom } from '../prep/split/seededRandom';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { PART_TEST, PART_TRAIN } from '../results/resultTypes';
import { fitCurve } from './fitCurve';
import type { FitCurveInput } from './fitCurveTypes';
import { encodedWeights, linearClassifier } from './testing/linearPredict';

const ROWS = 120;
const TRAIN = 90;
const random = seededRandom(17);
const spend = Array.from({ length: ROWS }, () => random() * 100);
const visits = Array.from({ length: ROWS }, () => Math.floor(random() * 30));
const tier = spend.map((s) => (s > 70 ? 'gold' : s > 30 ? 'silver' : 'bronze'));
const table = tableOf([
  numberColumn('spend', spend),
  numberColumn('visits', visits),
  levelColumn('tier', tier),
]);
const rows = rowRange(0, ROWS);
const parts = Uint8Array.from(rows, (row) => (row < TRAIN ? PART_TRAIN : PART_TEST));

/** Three classes (bronze, gold, silver): spend barely moves silver and strongly favours gold. */
function classifierInput(): FitCurveInput {
  const features = [{ column: 'spend' }, { column: 'visits' }];
  const spec = { target: 'tier', task: 'classification' as const, features, standardise: false };
  const fitted = fitPipeline(table, spec, rowRange(0, TRAIN));
  if (!fitted.ok) throw new Error(JSON.stringify(fitted.error));
  const pipeline = fitted.value;
  const weightsOf = (spendWeight: number) =>
    encodedWeights(pipeline, { spend: spendWeight, visits: 0.01 });
  const predict = linearClassifier([weightsOf(0), weightsOf(0.08), weightsOf(0.01)], [2, -4, 1]);
  const classOf = new Map(['bronze', 'gold', 'silver'].map((name, index) => [name, index]));
  const actual = Float64Array.from(rows, (row) => classOf.get(tier[row] ?? '') ?? 0);
  return { pipeline, table, column: 'spend', rows, parts, actual, predict, task: 'classification' };
}

function curveOf(input: FitCurveInput) {
  const result = fitCurve(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const range = (ys: readonly number[]) => Math.max(...ys) - Math.min(...ys);

describe('fitCurve of a multi-class classifier', () => {
  it('draws by default the class whose probability the feature moves most, in one predict call', () => {
    const input = classifierInput();
    const seen: number[] = [];
    const predict = (m: Matrix): Predictions => (seen.push(m.rows), input.predict(m));
    const chosen = curveOf({ ...input, predict });
    const perClass = [0, 1, 2].map((classIndex) => curveOf({ ...input, classIndex }));
    const ranges = perClass.map((curve) => range(curve.curve.map((point) => point.y)));
    const widest = ranges.indexOf(Math.max(...ranges));
    expect(seen).toHaveLength(1);
    expect(widest).toBe(1);
    expect(chosen).toMatchObject({ kind: 'probability', classIndex: widest });
    expect(chosen.curve).toEqual(perClass[widest]?.curve);
  });

  it('draws the asked class when one is given', () => {
    const curve = curveOf({ ...classifierInput(), classIndex: 2 });
    expect(curve.classIndex).toBe(2);
  });
});
