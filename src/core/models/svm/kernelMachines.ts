import type { CachePrecision } from './kernelCache';
import { kernelRowFiller, type KernelRows } from './kernelFunctions';
import type { KernelWorkspace } from './kernelWorkspace';
import { classificationQ, regressionQ } from './qMatrix';
import { solveDual } from './smoSolver';
import type { KernelMachine, KernelParams } from './svmTypes';

export interface KernelFitSettings {
  readonly C: number;
  readonly tol: number;
  readonly maxIterations: number;
  readonly shrinking: boolean;
  readonly cacheBytes: number;
  readonly precision: CachePrecision;
  /** Cache slab and row kernel shared by the fits of one training (see kernelWorkspace.ts). */
  readonly workspace?: KernelWorkspace;
  readonly onProgress?: (fraction: number) => void;
}

/** A machine whose `svIndices` point into the rows it was fitted on. */
export interface MachineFit {
  readonly machine: KernelMachine;
  readonly iterations: number;
  readonly converged: boolean;
}

function solverSettings(settings: KernelFitSettings) {
  const base = {
    tol: settings.tol,
    maxIterations: settings.maxIterations,
    shrinking: settings.shrinking,
  };
  return settings.onProgress ? { ...base, onProgress: settings.onProgress } : base;
}

/** Binary C-SVC on rows labelled +1 / -1; a positive decision favours the +1 rows. */
export function fitBinarySvc(
  data: KernelRows,
  labels: Int8Array,
  params: KernelParams,
  settings: KernelFitSettings,
): MachineFit {
  const q = classificationQ(params, data, settings);
  const problem = {
    q,
    linear: new Float64Array(data.rows).fill(-1),
    labels,
    upper: new Float64Array(data.rows).fill(settings.C),
  };
  const solution = solveDual(problem, solverSettings(settings));
  const svIndices: number[] = [];
  const coefs: number[] = [];
  for (let t = 0; t < data.rows; t++) {
    const alpha = solution.alpha[t]!;
    if (alpha > 0) {
      svIndices.push(t);
      coefs.push(labels[t]! * alpha);
    }
  }
  const machine = { svIndices, coefs, rho: solution.rho };
  return { machine, iterations: solution.iterations, converged: solution.converged };
}

/** Epsilon-SVR: coefficient of row r is a_r - a*_r; rows with a non-zero one are the SVs. */
export function fitEpsilonSvr(
  data: KernelRows,
  targets: Float64Array,
  epsilon: number,
  params: KernelParams,
  settings: KernelFitSettings,
): MachineFit {
  const n = data.rows;
  const linear = new Float64Array(2 * n);
  const labels = new Int8Array(2 * n);
  for (let r = 0; r < n; r++) {
    linear[r] = epsilon - targets[r]!;
    linear[r + n] = epsilon + targets[r]!;
    labels[r] = 1;
    labels[r + n] = -1;
  }
  const q = regressionQ(params, data, settings);
  const upper = new Float64Array(2 * n).fill(settings.C);
  const solution = solveDual({ q, linear, labels, upper }, solverSettings(settings));
  const svIndices: number[] = [];
  const coefs: number[] = [];
  for (let r = 0; r < n; r++) {
    const coef = solution.alpha[r]! - solution.alpha[r + n]!;
    if (coef !== 0) {
      svIndices.push(r);
      coefs.push(coef);
    }
  }
  const machine = { svIndices, coefs, rho: solution.rho };
  return { machine, iterations: solution.iterations, converged: solution.converged };
}

/** The rows at `indices`, copied into a new compact set. */
export function subsetRows(data: KernelRows, indices: ArrayLike<number>): KernelRows {
  const { cols } = data;
  const x = new Float64Array(indices.length * cols);
  const squaredNorms = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const r = indices[k]!;
    x.set(data.x.subarray(r * cols, (r + 1) * cols), k * cols);
    squaredNorms[k] = data.squaredNorms[r]!;
  }
  return { x, rows: indices.length, cols, squaredNorms };
}

/**
 * Decision values of `machine` (SVs are rows of `svRows`) for the given rows of `data`:
 * out[row] = sum(coefs[k] * K(sv_k, x_row)) - rho.
 */
export function machineDecisions(
  machine: KernelMachine,
  params: KernelParams,
  svRows: KernelRows,
  data: KernelRows,
  rows: Iterable<number>,
  out: Float64Array,
): void {
  const fill = kernelRowFiller(params, svRows, data);
  const svIndices = Int32Array.from(machine.svIndices);
  const kernelToSv = new Float64Array(svRows.rows);
  for (const row of rows) {
    fill(row, svIndices, svIndices.length, kernelToSv);
    let sum = -machine.rho;
    for (let k = 0; k < svIndices.length; k++)
      sum += machine.coefs[k]! * kernelToSv[svIndices[k]!]!;
    out[row] = sum;
  }
}
