import { ownField } from '../../ownField';
export type SvmKernelKind = 'linear' | 'rbf' | 'poly';

/**
 * 'smo': kernel SVM (any kernel). 'linear-dcd': linear SVM by dual coordinate descent (either
 * loss). 'linear-newton': linear SVM by primal Newton (squared losses only). 'auto': smo up to
 * LARGE_DATA_ROWS rows; above, linear-newton for a linear kernel with the squared loss and at most
 * NEWTON_MAX_COLS columns, linear-dcd for other linear cases, and an error for other kernels.
 */
export type SvmSolver = 'auto' | 'smo' | 'linear-dcd' | 'linear-newton';

/** Options of the SVM plug-in; numbers keep libsvm / scikit-learn meanings. */
export type SvmOptions = {
  readonly kernel: SvmKernelKind;
  /** Penalty for margin violations (libsvm `-c`). */
  readonly C: number;
  /** Width of the no-penalty tube, regression only (libsvm `-p`). */
  readonly epsilon: number;
  /** 'scale' = 1 / (features * variance of all X values), 'auto' = 1 / features, or a number. */
  readonly gamma: 'scale' | 'auto' | number;
  readonly degree: number;
  readonly coef0: number;
  /**
   * Stopping tolerance: KKT gap (SMO); projected-gradient spread or relative duality gap
   * (linear-dcd); gradient norm relative to the first (linear-newton).
   */
  readonly tol: number;
  /** Most SMO steps (each updates two dual variables). */
  readonly maxIterations: number;
  /** Most passes over the rows for linear-dcd, or Newton steps for linear-newton. */
  readonly maxPasses: number;
  readonly shrinking: boolean;
  /** Calibrated probabilities (Platt on out-of-fold decision values) for classification. */
  readonly probability: boolean;
  readonly solver: SvmSolver;
  /** Linear solvers' loss: 'l1' hinge / epsilon-insensitive, 'l2' their squares. */
  readonly linearLoss: 'l1' | 'l2';
  /** Kernel row cache budget in MB (10^6 bytes). */
  readonly cacheMb: number;
  /**
   * Regression: fit on the standardised target and map predictions back, so `epsilon` and `C`
   * mean the same on revenue in euros as on a rate (scikit-learn's SVR does not; off matches it).
   */
  readonly scaleTarget: boolean;
};

/** Kernel parameters with gamma resolved to a number. */
export interface KernelParams {
  readonly kind: SvmKernelKind;
  readonly gamma: number;
  readonly degree: number;
  readonly coef0: number;
}

/** P(first class) = 1 / (1 + exp(a * decision + b)), Platt's sigmoid. */
export interface PlattSigmoid {
  readonly a: number;
  readonly b: number;
}

/** One binary machine: decision = sum(coefs[k] * K(sv[svIndices[k]], x)) - rho. */
export interface KernelMachine {
  readonly svIndices: readonly number[];
  readonly coefs: readonly number[];
  readonly rho: number;
}

/** A one-vs-one pair: positive decision favours `first`, negative `second`. */
export interface ClassPair extends KernelMachine {
  readonly first: number;
  readonly second: number;
  readonly sigmoid: PlattSigmoid | null;
}

/**
 * How `Predictions.probabilities` are produced: 'platt' = calibrated sigmoids (coupled across
 * pairs for more than two classes); 'decision-score' = the same maps with a fixed uncalibrated
 * sigmoid 1 / (1 + e^-decision), pseudo-probabilities that only rank; 'none' for regression.
 */
export type ProbabilityKind = 'platt' | 'decision-score' | 'none';

/** A fitted kernel SVM (SMO): support vectors are row-major, `cols` values per vector. */
export interface KernelSvmModel {
  readonly solver: 'smo';
  readonly task: 'classification' | 'regression';
  readonly kernel: KernelParams;
  readonly cols: number;
  readonly supportVectors: readonly number[];
  /** For each support vector, the index of the training row it came from. */
  readonly supportRows: readonly number[];
  /** Classification: one entry per trained pair of classes present in the training rows. */
  readonly pairs: readonly ClassPair[];
  /** Regression: the single machine; null for classification. */
  readonly regression: KernelMachine | null;
  readonly classCount: number;
  readonly probabilityKind: ProbabilityKind;
  readonly iterations: number;
  /** False when an iteration limit stopped training before the tolerance was met. */
  readonly converged: boolean;
  /**
   * What computed the kernel rows while it trained: our WebAssembly SIMD kernel, or JavaScript
   * (where WebAssembly SIMD does not compile, or for a float64 cache). Absent in older files.
   */
  readonly rowKernel?: RowKernel;
}

/** The code that computes an SMO training's kernel rows. */
export type RowKernel = 'wasm-simd' | 'javascript';

/** What computed a trained model's kernel rows, when it is a kernel SVM that says so. */
export function rowKernelOf(model: unknown): RowKernel | null {
  const rowKernel = ownField(model, 'rowKernel');
  return rowKernel === 'wasm-simd' || rowKernel === 'javascript' ? rowKernel : null;
}

/** One linear machine: decision = weights . x + bias. */
export interface LinearMachine {
  readonly weights: readonly number[];
  readonly bias: number;
  readonly sigmoid: PlattSigmoid | null;
}

/**
 * A fitted linear SVM. Classification: one machine for two classes (positive favours class
 * `positiveClass`), else one-vs-rest, machine k for class k.
 */
export interface LinearSvmModel {
  readonly solver: 'linear-dcd' | 'linear-newton';
  readonly task: 'classification' | 'regression';
  readonly cols: number;
  readonly machines: readonly LinearMachine[];
  readonly classCount: number;
  /** Binary only: the class favoured by a positive decision; the other is `negativeClass`. */
  readonly positiveClass: number;
  readonly negativeClass: number;
  readonly probabilityKind: ProbabilityKind;
  /** Passes over the rows (dcd) or Newton steps, summed over machines. */
  readonly iterations: number;
  /** False when maxPasses stopped training before the tolerance was met. */
  readonly converged: boolean;
}

/** A fitted SVM: plain, JSON-serialisable data. */
export type SvmModel = KernelSvmModel | LinearSvmModel;
