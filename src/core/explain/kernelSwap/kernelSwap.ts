import type { Matrix } from '../../models/modelTypes';
import type { FittedSvm } from '../../models/svm/plugin';
import type { KernelParams, KernelSvmModel } from '../../models/svm/svmTypes';
import {
  featureValues,
  pairTable,
  partialTable,
  squaredNorms,
  type SupportVectors,
} from './kernelTables';
import { kernelPredictions } from './svmPredictions';
import type { DonorPredict, SwapPredictor, SwapRows } from './swapTypes';

/** A fitted kernel SVM as the SVM plug-in returns it. */
export type FittedKernelSvm = KernelSvmModel & Pick<FittedSvm, 'targetScale'>;

/**
 * Most entries (rows x support vectors) per precomputed table: three such tables of doubles are
 * held at once, about 100 MB at this size. Larger inputs go through the model's own predict.
 */
export const MAX_TABLE_ENTRIES = 4_000_000;

interface CompactMachine {
  readonly svIndices: Int32Array;
  readonly coefs: Float64Array;
  readonly rho: number;
}

/** Kernel value of one pair from its two precomputed parts (see withDonors). */
function fillKernelRow(
  kernel: KernelParams,
  a: Float64Array,
  aAt: number,
  b: Float64Array,
  bAt: number,
  out: Float64Array,
) {
  const { kind, gamma, coef0, degree } = kernel;
  const count = out.length;
  if (kind === 'rbf') for (let s = 0; s < count; s++) out[s] = a[aAt + s]! * b[bAt + s]!;
  else if (kind === 'linear') for (let s = 0; s < count; s++) out[s] = a[aAt + s]! + b[bAt + s]!;
  else
    for (let s = 0; s < count; s++)
      out[s] = (gamma * (a[aAt + s]! + b[bAt + s]!) + coef0) ** degree;
}

/** Decision values, rows x machines, from a callback that writes each row's kernel values. */
function decisions(
  machines: readonly CompactMachine[],
  rows: number,
  svCount: number,
  fill: (row: number, out: Float64Array) => void,
) {
  const kernelRow = new Float64Array(svCount);
  const values = new Float64Array(rows * machines.length);
  for (let r = 0; r < rows; r++) {
    fill(r, kernelRow);
    machines.forEach(({ svIndices, coefs, rho }, m) => {
      let sum = -rho;
      for (let k = 0; k < svIndices.length; k++) sum += coefs[k]! * kernelRow[svIndices[k]!]!;
      values[r * machines.length + m] = sum;
    });
  }
  return values;
}

/** exp(-gamma * max(0, value)) of every entry, in place. */
function rbfOfDistances(gamma: number, table: Float64Array): Float64Array {
  for (let k = 0; k < table.length; k++) table[k] = Math.exp(-gamma * Math.max(0, table[k]!));
  return table;
}

/**
 * The two parts of a swapped pair's kernel value. RBF: K = exp(-g d_rest) * exp(-g d_swapped),
 * the distance split into the other features (fixed per row) and the swapped ones (fixed per
 * donor), so each call costs one product per pair instead of a distance and an exponential.
 * Linear and poly: the dot product split the same way, summed before the kernel's map.
 */
function swapParts(
  kernel: KernelParams,
  pairs: Float64Array,
  own: Float64Array,
  donors: Float64Array | null,
) {
  const rest = new Float64Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) rest[k] = pairs[k]! - own[k]!;
  if (kernel.kind !== 'rbf') return { a: rest, b: donors ?? own };
  return { a: rbfOfDistances(kernel.gamma, rest), b: rbfOfDistances(kernel.gamma, donors ?? own) };
}

/** Kernel values of the unchanged rows from their pair table. */
function baseKernel(kernel: KernelParams, pairs: Float64Array): Float64Array {
  if (kernel.kind === 'rbf') return rbfOfDistances(kernel.gamma, pairs.slice());
  if (kernel.kind === 'linear') return pairs;
  return pairs.map((dot) => (kernel.gamma * dot + kernel.coef0) ** kernel.degree);
}

function swapRows(
  model: FittedKernelSvm,
  sv: SupportVectors,
  machines: readonly CompactMachine[],
  base: Matrix,
): SwapRows {
  const { kernel } = model;
  const pairs = pairTable(kernel, base, sv);
  const predict = () => {
    const unchanged = baseKernel(kernel, pairs);
    const values = decisions(machines, base.rows, sv.count, (row, out) => {
      out.set(unchanged.subarray(row * sv.count, (row + 1) * sv.count));
    });
    return kernelPredictions(model, values, true);
  };
  const withDonors = (
    features: readonly number[],
    donorValues: Float64Array | null,
    probabilities: boolean,
  ): DonorPredict => {
    const own = partialTable(kernel, featureValues(base, features), features, sv);
    const donors = donorValues === null ? null : partialTable(kernel, donorValues, features, sv);
    const { a, b } = swapParts(kernel, pairs, own, donors);
    return (donorOfRow) => {
      const values = decisions(machines, base.rows, sv.count, (row, out) => {
        fillKernelRow(kernel, a, row * sv.count, b, donorOfRow[row]! * sv.count, out);
      });
      return kernelPredictions(model, values, probabilities);
    };
  };
  return { predict, withDonors };
}

/** Column-swap predictions of a kernel SVM, built from its support vectors and machines. */
export function kernelSwapPredictor(model: FittedKernelSvm): SwapPredictor | null {
  const machines = model.regression ? [model.regression] : model.pairs;
  if (machines.length === 0 || model.cols === 0) return null;
  const x = Float64Array.from(model.supportVectors);
  const count = x.length / model.cols;
  const sv: SupportVectors = {
    x,
    count,
    cols: model.cols,
    squaredNorms: squaredNorms(x, count, model.cols),
  };
  const compact = machines.map((m) => ({
    svIndices: Int32Array.from(m.svIndices),
    coefs: Float64Array.from(m.coefs),
    rho: m.rho,
  }));
  return {
    forRows: (base) => {
      if (base.cols !== model.cols)
        throw new Error(`SVM model expects ${model.cols} columns, got ${base.cols}`);
      if (base.rows * count > MAX_TABLE_ENTRIES) return null;
      return swapRows(model, sv, compact, base);
    },
  };
}
