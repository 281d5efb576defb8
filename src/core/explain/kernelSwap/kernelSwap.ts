import type { Matrix } from '../../models/modelTypes';
import type { FittedSvm } from '../../models/svm/plugin';
import type { KernelParams, KernelSvmModel } from '../../models/svm/svmTypes';
import { featureValues, pairTable, squaredNorms, type SupportVectors } from './kernelTables';
import { distinctRows, rbfOfDistances, swapParts, type SwapParts } from './swapParts';
import { kernelPredictions } from './svmPredictions';
import type { DonorPredict, SwapPredictor, SwapRows } from './swapTypes';

/** A fitted kernel SVM as the SVM plug-in returns it. */
export type FittedKernelSvm = KernelSvmModel & Pick<FittedSvm, 'targetScale'>;

/**
 * Most entries (rows x support vectors) per precomputed table: up to five such tables of doubles
 * are held at once, about 120 MB at this size. Larger inputs go through the model's own predict.
 */
export const MAX_TABLE_ENTRIES = 3_000_000;

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

/** Kernel values of the unchanged rows from their pair table. */
function baseKernel(kernel: KernelParams, pairs: Float64Array): Float64Array {
  if (kernel.kind === 'rbf') return rbfOfDistances(kernel.gamma, pairs.slice());
  if (kernel.kind === 'linear') return pairs;
  return pairs.map((dot) => (kernel.gamma * dot + kernel.coef0) ** kernel.degree);
}

/** Sum of a[aAt + s] * b[bAt + s] over `count` entries, four running sums as the model's dot. */
function dotOf(a: Float64Array, aAt: number, b: Float64Array, bAt: number, count: number) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s = 0;
  for (; s + 3 < count; s += 4) {
    s0 += a[aAt + s]! * b[bAt + s]!;
    s1 += a[aAt + s + 1]! * b[bAt + s + 1]!;
    s2 += a[aAt + s + 2]! * b[bAt + s + 2]!;
    s3 += a[aAt + s + 3]! * b[bAt + s + 3]!;
  }
  for (; s < count; s++) s0 += a[aAt + s]! * b[bAt + s]!;
  return s0 + s1 + (s2 + s3);
}

/**
 * One RBF machine with its coefficients folded into the parts (per vector): the decision is a dot
 * product of the row's and the donor's tables. Null for other kernels and several machines.
 */
function foldedWeights(
  kernel: KernelParams,
  machines: readonly CompactMachine[],
  svCount: number,
): Float64Array | null {
  if (kernel.kind !== 'rbf' || machines.length !== 1) return null;
  const { svIndices, coefs } = machines[0]!;
  const weights = new Float64Array(svCount);
  for (let k = 0; k < svIndices.length; k++) {
    const s = svIndices[k]!;
    weights[s] = weights[s]! + coefs[k]!;
  }
  return weights;
}

/** Decision values of the base rows with each row's swapped features from its donor. */
function swappedDecisions(
  kernel: KernelParams,
  machines: readonly CompactMachine[],
  folded: boolean,
  { a, b, donorIds }: SwapParts,
  donorOfRow: Int32Array,
  count: number,
): Float64Array {
  const rows = donorOfRow.length;
  const donorAt = (row: number) => {
    const donor = donorOfRow[row]!;
    return (donorIds === null ? donor : donorIds[donor]!) * count;
  };
  if (!folded) {
    return decisions(machines, rows, count, (row, out) => {
      fillKernelRow(kernel, a, row * count, b, donorAt(row), out);
    });
  }
  const rho = machines[0]!.rho;
  const values = new Float64Array(rows);
  for (let r = 0; r < rows; r++) values[r] = dotOf(a, r * count, b, donorAt(r), count) - rho;
  return values;
}

function swapRows(
  model: FittedKernelSvm,
  sv: SupportVectors,
  machines: readonly CompactMachine[],
  base: Matrix,
): SwapRows {
  const { kernel } = model;
  const count = sv.count;
  const pairs = pairTable(kernel, base, sv);
  const tables = { pairs, kernelValues: baseKernel(kernel, pairs) };
  const predict = () => {
    const values = decisions(machines, base.rows, count, (row, out) => {
      out.set(tables.kernelValues.subarray(row * count, (row + 1) * count));
    });
    return kernelPredictions(model, values, true);
  };
  const weights = foldedWeights(kernel, machines, count);
  const ones = new Float64Array(count).fill(1);
  // The row factors of the latest withDonors call: each call overwrites the previous one's.
  const scratch = new Float64Array(pairs.length);
  const withDonors = (
    features: readonly number[],
    donors: Float64Array | null,
    probabilities: boolean,
  ): DonorPredict => {
    const own = { ...distinctRows(featureValues(base, features), features.length), features };
    const parts = swapParts(kernel, sv, tables, own, donors, weights ?? ones, scratch);
    return (donorOfRow) => {
      const values = swappedDecisions(kernel, machines, weights !== null, parts, donorOfRow, count);
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
