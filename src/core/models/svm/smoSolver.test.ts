import { describe, expect, it } from 'vitest';
import { kernelRows } from './kernelFunctions';
import { fitBinarySvc } from './kernelMachines';
import { classificationQ, type QMatrix } from './qMatrix';
import { seededRandom } from './seededShuffle';
import { solveDual } from './smoSolver';
import {
  COLUMNS_GENERAL,
  COLUMNS_HALVES,
  COLUMNS_IDENTITY,
  initialState,
  type DualProblem,
} from './smoState';
import type { KernelParams } from './svmTypes';

const LINEAR: KernelParams = { kind: 'linear', gamma: 1, degree: 3, coef0: 0 };
const RBF: KernelParams = { kind: 'rbf', gamma: 0.5, degree: 3, coef0: 0 };
const settings = { tol: 1e-8, maxIterations: 100_000, shrinking: true };
const cache = { cacheBytes: 1e6, precision: 'float64' as const };

/** Two overlapping Gaussian clouds in two dimensions, labels +-1. */
function clouds(n: number, seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const x = new Float64Array(n * 2);
  const labels = new Int8Array(n);
  for (let r = 0; r < n; r++) {
    labels[r] = r % 2 === 0 ? 1 : -1;
    x[r * 2] = normal() + labels[r]!;
    x[r * 2 + 1] = normal();
  }
  return { data: kernelRows({ x, rows: n, cols: 2 }), labels };
}

function svcProblem(n: number, seed: number, C: number, params: KernelParams) {
  const { data, labels } = clouds(n, seed);
  const q = classificationQ(params, data, cache);
  const problem = {
    q,
    labels,
    linear: new Float64Array(n).fill(-1),
    upper: new Float64Array(n).fill(C),
  };
  return { problem, data, labels };
}

describe('solveDual (SMO with second-order working sets)', () => {
  it('finds the hard-margin solution of two points at -1 and +1: a = 1/2 each, rho = 0', () => {
    const data = kernelRows({ x: Float64Array.from([1, -1]), rows: 2, cols: 1 });
    const labels = Int8Array.from([1, -1]);
    const fit = fitBinarySvc(data, labels, LINEAR, { C: 10, ...settings, ...cache });
    expect(fit.machine.coefs[0]).toBeCloseTo(0.5, 12);
    expect(fit.machine.coefs[1]).toBeCloseTo(-0.5, 12);
    expect(fit.machine.rho).toBeCloseTo(0, 12);
  });

  it('stops both at C when C is below the hard-margin solution', () => {
    const data = kernelRows({ x: Float64Array.from([1, -1]), rows: 2, cols: 1 });
    const fit = fitBinarySvc(data, Int8Array.from([1, -1]), LINEAR, {
      C: 0.2,
      ...settings,
      ...cache,
    });
    expect(fit.machine.coefs).toEqual([0.2, -0.2]);
  });

  it('meets the KKT conditions within tol: y f(x) >= 1 at a = 0, = 1 when free, <= 1 at C', () => {
    const C = 1;
    const { problem, data, labels } = svcProblem(120, 1, C, RBF);
    const solution = solveDual(problem, settings);
    expect(solution.converged).toBe(true);
    for (let r = 0; r < data.rows; r++) {
      let f = -solution.rho;
      const kernelRow = problem.q.row(r, true);
      for (let s = 0; s < data.rows; s++) f += labels[s]! * solution.alpha[s]! * kernelRow[s]!;
      const margin = labels[r]! * f;
      const alpha = solution.alpha[r]!;
      if (alpha === 0) expect(margin).toBeGreaterThan(1 - 1e-6);
      else if (alpha === C) expect(margin).toBeLessThan(1 + 1e-6);
      else expect(margin).toBeCloseTo(1, 6);
    }
    let balance = 0;
    solution.alpha.forEach((a, r) => (balance += labels[r]! * a));
    expect(balance).toBeCloseTo(0, 10);
  });

  it('reaches the same objective with and without shrinking, and with a tiny cache', () => {
    const objective = (shrinking: boolean, cacheBytes: number) => {
      const { data, labels } = clouds(300, 2);
      const q = classificationQ(RBF, data, { cacheBytes, precision: 'float64' });
      const problem = {
        q,
        labels,
        linear: new Float64Array(300).fill(-1),
        upper: new Float64Array(300).fill(2),
      };
      return solveDual(problem, { ...settings, shrinking }).objective;
    };
    const reference = objective(false, 1e8);
    expect(objective(true, 1e8)).toBeCloseTo(reference, 7);
    expect(objective(true, 300 * 8 * 3)).toBeCloseTo(reference, 7);
  });

  it('reports progress that only rises, and stops at maxIterations unconverged', () => {
    const { problem } = svcProblem(200, 3, 5, RBF);
    const reports: number[] = [];
    const full = solveDual(problem, { ...settings, onProgress: (f) => reports.push(f) });
    expect(reports.length).toBeGreaterThan(0);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    const { problem: again } = svcProblem(200, 3, 5, RBF);
    const cut = solveDual(again, { ...settings, maxIterations: 10 });
    expect(cut.iterations).toBe(10);
    expect(cut.converged).toBe(false);
    expect(cut.objective).toBeGreaterThan(full.objective);
  });

  it('gives the same steps and solution whatever the variable-to-column map', () => {
    const n = 150;
    const { data, labels } = clouds(n, 4);
    const kernel = classificationQ(RBF, data, { cacheBytes: 1e8, precision: 'float64' });
    // The same Q with every row stored in reversed column order.
    const reversed = Int32Array.from({ length: n }, (_, t) => n - 1 - t);
    const denseQ = (columnOf: Int32Array): QMatrix => {
      const rows = Array.from({ length: n }, (_, i) => {
        const row = new Float64Array(n);
        kernel.row(i, true).forEach((value, s) => (row[columnOf[s]!] = value));
        return row;
      });
      const diagonal = kernel.diagonal;
      return { size: n, diagonal, columnOf, row: (i) => rows[i]!, shrink() {}, activateAll() {} };
    };
    const problem = (q: QMatrix): DualProblem => ({
      q,
      labels,
      linear: new Float64Array(n).fill(-1),
      upper: new Float64Array(n).fill(0.5),
    });
    const identity = problem(denseQ(Int32Array.from({ length: n }, (_, t) => t)));
    const general = problem(denseQ(reversed));
    expect(initialState(identity).columnLayout).toBe(COLUMNS_IDENTITY);
    expect(initialState(general).columnLayout).toBe(COLUMNS_GENERAL);
    const a = solveDual(identity, settings);
    const b = solveDual(general, settings);
    expect(b.iterations).toBe(a.iterations);
    expect([...b.alpha]).toEqual([...a.alpha]);
    expect(b.rho).toBe(a.rho);
  });

  it('tells SVR-style maps (variables t and t + n on column t) from other ones', () => {
    const layout = (map: number[]) => {
      const size = map.length;
      const q: QMatrix = {
        size,
        diagonal: new Float64Array(size),
        columnOf: Int32Array.from(map),
        row: () => new Float64Array(size),
        shrink() {},
        activateAll() {},
      };
      const zeros = new Float64Array(size);
      return initialState({ q, labels: new Int8Array(size), linear: zeros, upper: zeros })
        .columnLayout;
    };
    expect(layout([0, 1, 2, 0, 1, 2])).toBe(COLUMNS_HALVES);
    expect(layout([0, 1, 2, 3])).toBe(COLUMNS_IDENTITY);
    expect(layout([0, 1, 2, 1, 0, 2])).toBe(COLUMNS_GENERAL);
    expect(layout([0, 1, 2, 0, 1])).toBe(COLUMNS_GENERAL);
  });
});
