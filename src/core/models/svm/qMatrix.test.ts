import { describe, expect, it } from 'vitest';
import type { CacheArray } from './kernelCache';
import { kernelRows, kernelValue, type KernelRows } from './kernelFunctions';
import { activeKernelColumns, regressionQ, type QMatrix } from './qMatrix';
import { seededRandom } from './seededShuffle';
import { solveDual } from './smoSolver';
import type { KernelParams } from './svmTypes';

const RBF: KernelParams = { kind: 'rbf', gamma: 0.7, degree: 3, coef0: 0 };
const float64 = { cacheBytes: 1e6, precision: 'float64' as const };

function sample(rows: number, seed: number): { data: KernelRows; targets: Float64Array } {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: rows * 2 }, () => 2 * random() - 1);
  const targets = Float64Array.from(
    { length: rows },
    (_, r) => x[2 * r]! * x[2 * r + 1]! + 0.1 * random(),
  );
  return { data: kernelRows({ x, rows, cols: 2 }), targets };
}

/** SVR's Q written out in full (2n x 2n, one column per variable): the plain formulation. */
function denseRegressionQ(data: KernelRows): QMatrix {
  const n = data.rows;
  const rows: Float64Array[] = Array.from({ length: 2 * n }, (_, s) =>
    Float64Array.from({ length: 2 * n }, (_, t) => kernelValue(RBF, data, s % n, data, t % n)),
  );
  return {
    size: 2 * n,
    diagonal: Float64Array.from({ length: 2 * n }, (_, t) => rows[t]![t]!),
    columnOf: Int32Array.from({ length: 2 * n }, (_, t) => t),
    row: (i: number): CacheArray => rows[i]!,
    shrink: () => {},
    activateAll: () => {},
  };
}

function svrProblem(q: QMatrix, targets: Float64Array, epsilon: number, C: number) {
  const n = targets.length;
  const linear = Float64Array.from({ length: 2 * n }, (_, t) =>
    t < n ? epsilon - targets[t]! : epsilon + targets[t - n]!,
  );
  const labels = Int8Array.from({ length: 2 * n }, (_, t) => (t < n ? 1 : -1));
  return { q, linear, labels, upper: new Float64Array(2 * n).fill(C) };
}

describe('regressionQ (epsilon-SVR: 2n variables over n kernel rows)', () => {
  it('maps alpha_t and alpha*_t onto kernel column t and computes that row once', () => {
    const { data } = sample(6, 1);
    const q = regressionQ(RBF, data, float64);
    expect([...q.columnOf]).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
    expect(q.diagonal.slice(6)).toEqual(q.diagonal.slice(0, 6));
    const row = q.row(2, false);
    expect(q.row(8, false)).toBe(row);
    expect(q.cache.misses).toBe(1);
    expect(row).toHaveLength(6);
    for (let c = 0; c < 6; c++) expect(row[c]).toBeCloseTo(kernelValue(RBF, data, 2, data, c), 14);
  });

  it('solves to the solution of the written-out 2n x 2n Q, with shrinking and a tiny cache', () => {
    const { data, targets } = sample(60, 2);
    const settings = { tol: 1e-6, maxIterations: 100_000, shrinking: true };
    const dense = solveDual(svrProblem(denseRegressionQ(data), targets, 0.05, 2), settings);
    const tiny = { cacheBytes: 3 * 60 * 8, precision: 'float64' as const };
    const shared = solveDual(svrProblem(regressionQ(RBF, data, tiny), targets, 0.05, 2), settings);
    expect(shared.converged).toBe(true);
    expect(shared.objective).toBeCloseTo(dense.objective, 10);
    // Alphas are pinned down only to about tol: both stop as soon as the KKT gap is within it.
    shared.alpha.forEach((a, t) => expect(a).toBeCloseTo(dense.alpha[t]!, 4));
    expect(shared.rho).toBeCloseTo(dense.rho, 5);
  });
});

describe('activeKernelColumns', () => {
  it('lists each data row with an active variable once, in first-seen order, then the rest', () => {
    const columnOf = Int32Array.from([0, 1, 2, 3, 0, 1, 2, 3]);
    // Active variables: alpha*_2 (row 2), alpha_0, alpha*_0 (row 0 again), alpha_3.
    const order = Int32Array.from([6, 0, 4, 3, 1, 2, 5, 7]);
    const { columns, count } = activeKernelColumns(order, 4, columnOf, 4);
    expect(count).toBe(3);
    expect([...columns]).toEqual([2, 0, 3, 1]);
  });
});
