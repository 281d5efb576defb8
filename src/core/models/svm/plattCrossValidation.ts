import type { KernelRows } from './kernelFunctions';
import {
  fitBinarySvc,
  machineDecisions,
  subsetRows,
  type KernelFitSettings,
  type MachineFit,
} from './kernelMachines';
import { fitSigmoid } from './plattScaling';
import { shufflePrefix } from './seededShuffle';
import type { KernelParams, PlattSigmoid } from './svmTypes';

/** Folds for the out-of-fold decision values (libsvm uses 5; 3 costs about half as much). */
export const PLATT_FOLDS = 3;

/** Decision values of `data`'s own rows under a fitted machine (the fallback for tiny sets). */
function inSampleDecisions(fit: MachineFit, data: KernelRows, params: KernelParams): Float64Array {
  const decisions = new Float64Array(data.rows);
  const everyRow = Array.from({ length: data.rows }, (_, r) => r);
  machineDecisions(fit.machine, params, data, data, everyRow, decisions);
  return decisions;
}

/** Decision values for the rows of one fold, from a machine trained on the other folds. */
function foldDecisions(
  data: KernelRows,
  labels: Int8Array,
  params: KernelParams,
  settings: KernelFitSettings,
  heldOut: Int32Array,
  trainRows: Int32Array,
  decisions: Float64Array,
): void {
  const trainLabels = Int8Array.from(trainRows, (r) => labels[r]!);
  const positives = trainLabels.filter((y) => y > 0).length;
  if (positives === 0 || positives === trainLabels.length) {
    // One class only in the training folds: every held-out row gets that class's sign.
    for (const r of heldOut) decisions[r] = positives > 0 ? 1 : -1;
    return;
  }
  const trainData = subsetRows(data, trainRows);
  const fit = fitBinarySvc(trainData, trainLabels, params, settings);
  machineDecisions(fit.machine, params, trainData, data, heldOut, decisions);
}

/**
 * Platt's sigmoid for a binary machine, fitted on out-of-fold decision values so that it is not
 * fooled by the training rows' own margins (as libsvm does, with PLATT_FOLDS folds). Sets too
 * small to split fall back to in-sample decision values of `fit`. Progress spans all folds.
 */
export function crossValidatedSigmoid(
  data: KernelRows,
  labels: Int8Array,
  params: KernelParams,
  settings: KernelFitSettings,
  fit: MachineFit,
  random: () => number,
): PlattSigmoid {
  const n = data.rows;
  if (n < 2 * PLATT_FOLDS) return fitSigmoid(inSampleDecisions(fit, data, params), labels);
  const order = Int32Array.from({ length: n }, (_, k) => k);
  shufflePrefix(order, n, random);
  const decisions = new Float64Array(n);
  for (let fold = 0; fold < PLATT_FOLDS; fold++) {
    const start = Math.floor((fold * n) / PLATT_FOLDS);
    const end = Math.floor(((fold + 1) * n) / PLATT_FOLDS);
    const heldOut = order.slice(start, end);
    const trainRows = new Int32Array(n - (end - start));
    trainRows.set(order.subarray(0, start), 0);
    trainRows.set(order.subarray(end), start);
    const report = settings.onProgress;
    const foldSettings = report
      ? { ...settings, onProgress: (f: number) => report((fold + f) / PLATT_FOLDS) }
      : settings;
    foldDecisions(data, labels, params, foldSettings, heldOut, trainRows, decisions);
  }
  return fitSigmoid(decisions, labels);
}
