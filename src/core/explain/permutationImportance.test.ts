import { describe, expect, it } from 'vitest';
import type { Matrix, Predictions } from '../models/modelTypes';
import { fitPipeline } from '../prep/fit/fitPipeline';
import type { OneHotStep } from '../prep/prepTypes';
import { seededRandom } from '../prep/split/seededRandom';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { transform } from '../prep/transform/transform';
import { PART_VALIDATION } from '../results/resultTypes';
import { permutationImportance, type PermutationImportanceInput } from './permutationImportance';
import { encodedWeights, linearRegressor } from './testing/linearPredict';

const PLAN_EFFECT = { basic: 0, pro: 4, team: 9 };

/** sales = 5·signal + plan effect + small noise; `noise` plays no part. */
function synthetic(rows: number) {
  const random = seededRandom(99);
  const signal = Array.from({ length: rows }, () => random() * 10);
  const noise = Array.from({ length: rows }, () => random() * 10);
  const plans = ['basic', 'pro', 'team'] as const;
  const plan = Array.from({ length: rows }, () => plans[Math.floor(random() * 3)] ?? 'basic');
  const sales = signal.map((s, i) => 5 * s + PLAN_EFFECT[plan[i] ?? 'basic'] + random() - 0.5);
  const table = tableOf([
    numberColumn('signal', signal),
    numberColumn('noise', noise),
    levelColumn('plan', plan),
    numberColumn('sales', sales),
  ]);
  const all = rowRange(0, rows);
  const features = [{ column: 'signal' }, { column: 'noise' }, { column: 'plan' }];
  const spec = { target: 'sales', task: 'regression', features, standardise: false } as const;
  const pipeline = fitPipeline(table, spec, all);
  if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
  const encoded = transform(pipeline.value, table, all);
  if (!encoded.ok || encoded.value.target === null) throw new Error('transform failed');
  const weights = encodedWeights(pipeline.value, { signal: 5, noise: 0, plan: PLAN_EFFECT });
  const input: PermutationImportanceInput = {
    pipeline: pipeline.value,
    matrix: encoded.value.matrix,
    y: encoded.value.target,
    task: 'regression',
    predict: linearRegressor(weights, 0),
    part: PART_VALIDATION,
    seed: 3,
  };
  return input;
}

const byColumn = (features: readonly { column: string; mean: number }[], column: string) =>
  features.find((f) => f.column === column);

describe('permutationImportance', () => {
  it('ranks the signal first and gives a column the model ignores exactly zero', () => {
    const result = permutationImportance(synthetic(400));
    expect(result).toMatchObject({ metric: 'r2', part: PART_VALIDATION, rows: 400, repeats: 5 });
    expect(result.features.map((f) => f.column)).toEqual(['signal', 'plan', 'noise']);
    // Shuffling the signal of y ≈ 5·signal costs about 2·R²: the shuffled part is uncorrelated.
    expect(byColumn(result.features, 'signal')?.mean).toBeGreaterThan(1.5);
    expect(byColumn(result.features, 'noise')).toEqual({ column: 'noise', mean: 0, std: 0 });
  });

  it('gives the same result for the same seed and another one for another seed', () => {
    const input = synthetic(300);
    const first = permutationImportance(input);
    expect(permutationImportance(input)).toEqual(first);
    expect(permutationImportance({ ...input, seed: 4 })).not.toEqual(first);
  });

  it('shuffles all one-hot columns of a source column with the same row order', () => {
    const input = synthetic(200);
    const step = input.pipeline.steps.find((s): s is OneHotStep => s.kind === 'one-hot');
    if (step === undefined) throw new Error('plan is not one-hot');
    const width = step.levels.length + (step.hasOther ? 1 : 0);
    let rowsChecked = 0;
    const predict = (m: Matrix): Predictions => {
      for (let i = 0; i < m.rows; i++) {
        let ones = 0;
        for (let k = 0; k < width; k++) ones += m.x[i * m.cols + step.firstFeature + k] as number;
        // Shuffling level columns separately would leave rows with no level or two.
        expect(ones).toBe(1);
        rowsChecked++;
      }
      return input.predict(m);
    };
    permutationImportance({ ...input, predict });
    expect(rowsChecked).toBe(200 * (1 + 3 * 5));
  });

  it('restores every shuffled column and never writes to the caller’s matrix', () => {
    const input = synthetic(150);
    const original = input.matrix.x.slice();
    const seen: Float64Array[] = [];
    permutationImportance({ ...input, predict: (m) => (seen.push(m.x.slice()), input.predict(m)) });
    expect(input.matrix.x).toEqual(original);
    // Call 1 is the baseline; calls 2-6 shuffle 'signal'; call 7 shuffles 'noise' only.
    const cols = input.matrix.cols;
    const signalOf = (x: Float64Array) => x.filter((_, i) => i % cols === 0);
    expect(seen[0]).toEqual(original);
    expect(signalOf(seen[6] as Float64Array)).toEqual(signalOf(original));
  });

  it('scores at most maxRows rows, drawn deterministically', () => {
    const input = synthetic(1200);
    const result = permutationImportance({ ...input, maxRows: 500 });
    expect(result.rows).toBe(500);
    expect(permutationImportance({ ...input, maxRows: 500 })).toEqual(result);
    expect(result.features[0]?.column).toBe('signal');
  });

  it('uses injected row orders, one per repeat', () => {
    const input = synthetic(4);
    const reversed = Int32Array.from([3, 2, 1, 0]);
    const result = permutationImportance({ ...input, permutations: [reversed, reversed] });
    expect(result.repeats).toBe(2);
    expect(byColumn(result.features, 'signal')?.mean).toBeGreaterThan(0);
    expect(() => permutationImportance({ ...input, permutations: [rowRange(0, 3)] })).toThrow();
  });
});
