import type { Matrix } from '../modelTypes';
import { kernelRows, type KernelRows } from './kernelFunctions';
import {
  fitBinarySvc,
  fitEpsilonSvr,
  subsetRows,
  type KernelFitSettings,
  type MachineFit,
} from './kernelMachines';
import { createKernelWorkspace, type KernelWorkspace } from './kernelWorkspace';
import { crossValidatedSigmoid } from './plattCrossValidation';
import { deriveSeed, seededRandom } from './seededShuffle';
import type { ClassPair, KernelMachine, KernelParams, KernelSvmModel, RowKernel } from './svmTypes';

export interface KernelTrainSettings extends Omit<KernelFitSettings, 'onProgress'> {
  readonly probability: boolean;
  readonly seed: number;
}

/** A pair's machine with support vectors as rows of the full training set. */
interface TrainedPair extends ClassPair {
  readonly iterations: number;
  readonly converged: boolean;
}

/** Row indices of each class, in row order. */
function rowsByClass(classIndex: Float64Array, classCount: number): number[][] {
  const groups: number[][] = Array.from({ length: classCount }, () => []);
  for (let r = 0; r < classIndex.length; r++) groups[classIndex[r]!]!.push(r);
  return groups;
}

/** Pairs (first < second) of classes that have rows, in libsvm's order. */
function classPairs(groups: readonly number[][]): [number, number][] {
  const present = groups.flatMap((rows, c) => (rows.length > 0 ? [c] : []));
  return present.flatMap((first, k) =>
    present.slice(k + 1).map((second): [number, number] => [first, second]),
  );
}

function fitPair(
  data: KernelRows,
  rows: Int32Array,
  firstCount: number,
  params: KernelParams,
  settings: KernelTrainSettings,
  report: (fraction: number) => void,
): { fit: MachineFit; sigmoid: ClassPair['sigmoid'] } {
  const pairData = subsetRows(data, rows);
  const labels = Int8Array.from(rows, (_, k) => (k < firstCount ? 1 : -1));
  // With probabilities, the main fit is the first of 1 + PLATT_FOLDS similar-sized fits.
  const share = settings.probability ? 0.3 : 1;
  const fit = fitBinarySvc(pairData, labels, params, {
    ...settings,
    onProgress: (f) => report(f * share),
  });
  if (!settings.probability) return { fit, sigmoid: null };
  const random = seededRandom(settings.seed);
  const cvSettings = { ...settings, onProgress: (f: number) => report(share + f * (1 - share)) };
  const sigmoid = crossValidatedSigmoid(pairData, labels, params, cvSettings, fit, random);
  return { fit, sigmoid };
}

/** Gathers the support vectors used by any machine, renumbering the machines' indices. */
function collectSupportVectors(data: Matrix, machines: readonly KernelMachine[]) {
  const used = [...new Set(machines.flatMap((m) => m.svIndices))].sort((a, b) => a - b);
  const position = new Map(used.map((row, k) => [row, k]));
  const supportVectors: number[] = [];
  for (const row of used) {
    for (let f = 0; f < data.cols; f++) supportVectors.push(data.x[row * data.cols + f]!);
  }
  const renumber = (machine: KernelMachine): number[] =>
    machine.svIndices.map((row) => position.get(row)!);
  return { supportVectors, supportRows: used, renumber };
}

/** Every pair's machine, with progress weighted by the square of the pair's row count. */
function trainPairs(
  rows: KernelRows,
  groups: readonly number[][],
  params: KernelParams,
  settings: KernelTrainSettings,
  report: (fraction: number) => void,
): TrainedPair[] {
  const pairs = classPairs(groups);
  const weights = pairs.map(([a, b]) => (groups[a]!.length + groups[b]!.length) ** 2);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  let doneWeight = 0;
  return pairs.map(([first, second], k) => {
    const pairRows = Int32Array.from([...groups[first]!, ...groups[second]!]);
    const weight = weights[k]!;
    const pairReport = (f: number) => report((doneWeight + f * weight) / totalWeight);
    const pairSettings = { ...settings, seed: deriveSeed(settings.seed, k) };
    const firstCount = groups[first]!.length;
    const { fit, sigmoid } = fitPair(rows, pairRows, firstCount, params, pairSettings, pairReport);
    doneWeight += weight;
    return {
      first,
      second,
      svIndices: fit.machine.svIndices.map((local) => pairRows[local]!),
      coefs: fit.machine.coefs,
      rho: fit.machine.rho,
      sigmoid,
      iterations: fit.iterations,
      converged: fit.converged,
    };
  });
}

/**
 * C-SVC, one-vs-one as libsvm: a binary machine per pair of classes present in the rows
 * (positive decision = the lower class index), predictions by majority vote.
 */
export function trainKernelClassifier(
  data: Matrix,
  classIndex: Float64Array,
  classCount: number,
  params: KernelParams,
  settings: KernelTrainSettings,
  report: (fraction: number) => void,
): KernelSvmModel {
  const groups = rowsByClass(classIndex, classCount);
  const shared = { ...settings, workspace: settings.workspace ?? createKernelWorkspace() };
  const trained = trainPairs(kernelRows(data), groups, params, shared, report);
  const { supportVectors, supportRows, renumber } = collectSupportVectors(data, trained);
  return {
    solver: 'smo',
    task: 'classification',
    kernel: params,
    cols: data.cols,
    supportVectors,
    supportRows,
    pairs: trained.map(({ first, second, coefs, rho, sigmoid }, k) => ({
      first,
      second,
      svIndices: renumber(trained[k]!),
      coefs,
      rho,
      sigmoid,
    })),
    regression: null,
    classCount,
    probabilityKind: settings.probability ? 'platt' : 'decision-score',
    iterations: trained.reduce((sum, pair) => sum + pair.iterations, 0),
    converged: trained.every((pair) => pair.converged),
    rowKernel: rowKernelOf(shared.workspace),
  };
}

/** Epsilon-SVR with one kernel machine. */
export function trainKernelRegressor(
  data: Matrix,
  targets: Float64Array,
  epsilon: number,
  params: KernelParams,
  settings: KernelTrainSettings,
  report: (fraction: number) => void,
): KernelSvmModel {
  const workspace = settings.workspace ?? createKernelWorkspace();
  const fit = fitEpsilonSvr(kernelRows(data), targets, epsilon, params, {
    ...settings,
    workspace,
    onProgress: report,
  });
  const { supportVectors, supportRows, renumber } = collectSupportVectors(data, [fit.machine]);
  return {
    solver: 'smo',
    task: 'regression',
    kernel: params,
    cols: data.cols,
    supportVectors,
    supportRows,
    pairs: [],
    regression: {
      svIndices: renumber(fit.machine),
      coefs: fit.machine.coefs,
      rho: fit.machine.rho,
    },
    classCount: 0,
    probabilityKind: 'none',
    iterations: fit.iterations,
    converged: fit.converged,
    rowKernel: rowKernelOf(workspace),
  };
}

const rowKernelOf = (workspace: KernelWorkspace): RowKernel =>
  workspace.usedSimd() ? 'wasm-simd' : 'javascript';
