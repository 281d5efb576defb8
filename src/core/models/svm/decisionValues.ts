import type { Matrix } from '../modelTypes';
import { kernelRowFiller, kernelRows } from './kernelFunctions';
import type { KernelMachine, KernelSvmModel, LinearSvmModel, SvmModel } from './svmTypes';

/** Row-major decision values: `columns` per row, one per machine (pair, class, or regression). */
export interface DecisionValues {
  readonly values: Float64Array;
  readonly columns: number;
}

function kernelMachines(model: KernelSvmModel): readonly KernelMachine[] {
  return model.regression ? [model.regression] : model.pairs;
}

/** Decision values of a kernel model: each row's kernel values against every SV, then sums. */
function kernelDecisions(model: KernelSvmModel, data: Matrix): DecisionValues {
  const machines = kernelMachines(model);
  const svCount = model.cols > 0 ? model.supportVectors.length / model.cols : 0;
  const svRows = kernelRows({
    x: Float64Array.from(model.supportVectors),
    rows: svCount,
    cols: model.cols,
  });
  const fill = kernelRowFiller(model.kernel, svRows, kernelRows(data));
  const everySv = Int32Array.from({ length: svCount }, (_, s) => s);
  const compact = machines.map((m) => ({
    svIndices: Int32Array.from(m.svIndices),
    coefs: Float64Array.from(m.coefs),
    rho: m.rho,
  }));
  const kernelToSv = new Float64Array(svCount);
  const values = new Float64Array(data.rows * machines.length);
  for (let r = 0; r < data.rows; r++) {
    fill(r, everySv, svCount, kernelToSv);
    compact.forEach(({ svIndices, coefs, rho }, m) => {
      let sum = -rho;
      for (let k = 0; k < svIndices.length; k++) sum += coefs[k]! * kernelToSv[svIndices[k]!]!;
      values[r * machines.length + m] = sum;
    });
  }
  return { values, columns: machines.length };
}

/** Decision values of a linear model: weights . x + bias per machine. */
function linearDecisions(model: LinearSvmModel, data: Matrix): DecisionValues {
  const { machines } = model;
  const values = new Float64Array(data.rows * machines.length);
  const weights = machines.map((machine) => Float64Array.from(machine.weights));
  for (let r = 0; r < data.rows; r++) {
    const offset = r * data.cols;
    machines.forEach((machine, m) => {
      const w = weights[m]!;
      let sum = machine.bias;
      for (let f = 0; f < data.cols; f++) sum += w[f]! * data.x[offset + f]!;
      values[r * machines.length + m] = sum;
    });
  }
  return { values, columns: machines.length };
}

/**
 * Raw decision values per row: kernel classification, one per class pair (positive favours the
 * pair's `first` class); linear classification, one per machine; regression, the prediction.
 */
export function svmDecisionValues(model: SvmModel, data: Matrix): DecisionValues {
  if (data.cols !== model.cols) {
    throw new Error(`SVM model expects ${model.cols} columns, got ${data.cols}`);
  }
  return model.solver === 'smo' ? kernelDecisions(model, data) : linearDecisions(model, data);
}
