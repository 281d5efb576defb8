import type { QMatrix } from './qMatrix';

export const AT_LOWER = 0;
export const AT_UPPER = 1;
export const FREE = 2;

/** Bits of `SmoState.sets`: membership of I_up and I_low. */
export const IN_UP = 1;
export const IN_LOW = 2;

/**
 * How variables map to kernel columns (QMatrix.columnOf), told apart once so the full-row pass
 * (updateViolationBar) reads each kernel entry once, without a gather: IDENTITY (C-SVC, column t),
 * HALVES (SVR, column t mod n for 2n variables), GENERAL (any other map, read through columnOf).
 */
export const COLUMNS_IDENTITY = 0;
export const COLUMNS_HALVES = 1;
export const COLUMNS_GENERAL = 2;

/** Stand-in for a non-positive curvature, as in Fan, Chen & Lin (2005). */
export const TAU = 1e-12;

/**
 * The dual problem every kernel SVM here reduces to (Chang & Lin's general form):
 * minimise f(a) = 1/2 a'Qa + p'a subject to y'a = 0 and 0 <= a_t <= upper_t, with y_t in
 * {+1, -1} and Q[s][t] = y_s y_t K[s][t], where `q` serves the rows of K.
 */
export interface DualProblem {
  readonly q: QMatrix;
  readonly linear: Float64Array;
  readonly labels: Int8Array;
  readonly upper: Float64Array;
}

/**
 * Mutable solver state shared by the solver, working-set selection and shrinking. It keeps
 * v_t = -y_t (Qa + p)_t, the quantity WSS compares, rather than the gradient: with unsigned
 * kernel rows its update needs no per-element sign.
 *
 * What the per-step passes read is stored by position (the variable at position k is
 * `active[k]`), so those loops read memory in order with no gather through `active`; shrinking
 * moves these entries along with their variables (LIBSVM swaps its variables for the same
 * reason). What only a step's two variables touch stays by variable.
 */
export interface SmoState {
  readonly problem: DualProblem;
  /** By variable. */
  readonly alpha: Float64Array;
  /** By position: v of variable active[k]; exact for active positions, stale beyond. */
  readonly violation: Float64Array;
  /** By variable: -sum of upper_j y_j K[t][j] over variables j at their upper bound. */
  readonly violationBar: Float64Array;
  /** By variable. */
  readonly status: Uint8Array;
  /** By position: IN_UP | IN_LOW bits of variable active[k], kept in step with `status`. */
  readonly sets: Uint8Array;
  /** By position: Q[t][t] of variable t = active[k]. */
  readonly diagonal: Float64Array;
  /** A permutation of the variables; the first `activeCount` are active. */
  readonly active: Int32Array;
  /** q.columnOf[active[k]] for every k (the `active` array itself when columnOf is identity). */
  readonly activeColumns: Int32Array;
  /** COLUMNS_IDENTITY, COLUMNS_HALVES or COLUMNS_GENERAL: the shape of q.columnOf. */
  readonly columnLayout: number;
  activeCount: number;
  /** Position of the argmax of v over active I_up variables (-1 if none), and that maximum. */
  upIndex: number;
  upMax: number;
  /** Whether the one early unshrink (near convergence) has happened. */
  unshrunk: boolean;
}

/** A fresh state at a = 0, where the gradient is p. */
export function initialState(problem: DualProblem): SmoState {
  const size = problem.q.size;
  const violation = new Float64Array(size);
  for (let t = 0; t < size; t++) violation[t] = -problem.labels[t]! * problem.linear[t]!;
  const active = Int32Array.from({ length: size }, (_, k) => k);
  const { columnOf } = problem.q;
  const identity = columnOf.every((column, t) => column === t);
  return {
    problem,
    alpha: new Float64Array(size),
    violation,
    violationBar: new Float64Array(size),
    status: new Uint8Array(size).fill(AT_LOWER),
    sets: Uint8Array.from(problem.labels, (y) => setBits(y, AT_LOWER)),
    diagonal: Float64Array.from(problem.q.diagonal),
    active,
    activeColumns: identity ? active : Int32Array.from(columnOf),
    columnLayout: identity ? COLUMNS_IDENTITY : halvesOrGeneral(columnOf),
    activeCount: size,
    upIndex: -1,
    upMax: -Infinity,
    unshrunk: false,
  };
}

/** COLUMNS_HALVES when variables t and t + n share column t (t < n), else COLUMNS_GENERAL. */
function halvesOrGeneral(columnOf: Int32Array): number {
  const half = columnOf.length >> 1;
  const halves = columnOf.length === 2 * half && columnOf.every((column, t) => column === t % half);
  return halves ? COLUMNS_HALVES : COLUMNS_GENERAL;
}

/** The IN_UP / IN_LOW bits of a variable with this label and status. */
export function setBits(label: number, status: number): number {
  return (inUpSet(label, status) ? IN_UP : 0) | (inLowSet(label, status) ? IN_LOW : 0);
}

/** Sets the bound status of the variable at position k from its value, keeping `sets` in step. */
export function updateStatus(state: SmoState, k: number): void {
  const t = state.active[k]!;
  const status = boundStatus(state.alpha[t]!, state.problem.upper[t]!);
  state.status[t] = status;
  state.sets[k] = setBits(state.problem.labels[t]!, status);
}

/** Rewrites the by-position copies (`sets`, `diagonal`, `activeColumns`) after `active` moved. */
export function refreshPositions(state: SmoState): void {
  const { active, activeColumns, sets, diagonal, status } = state;
  const { labels, q } = state.problem;
  for (let k = 0; k < active.length; k++) {
    const t = active[k]!;
    sets[k] = setBits(labels[t]!, status[t]!);
    diagonal[k] = q.diagonal[t]!;
    if (activeColumns !== active) activeColumns[k] = q.columnOf[t]!;
  }
}

/** Bound status of a value within [0, upper]. */
export function boundStatus(value: number, upper: number): number {
  if (value >= upper) return AT_UPPER;
  if (value <= 0) return AT_LOWER;
  return FREE;
}

/** Whether t may move so that y_t a_t grows (the set I_up of Fan, Chen & Lin). */
export function inUpSet(label: number, status: number): boolean {
  return label > 0 ? status !== AT_UPPER : status !== AT_LOWER;
}

/** Whether t may move so that y_t a_t shrinks (the set I_low). */
export function inLowSet(label: number, status: number): boolean {
  return label > 0 ? status !== AT_LOWER : status !== AT_UPPER;
}

/**
 * The offset rho of the decision function sum(y_t a_t K(x_t, x)) - rho: the mean of y_t G_t
 * (= -v_t) over free variables, or the middle of the interval the bounded ones allow when none is.
 */
export function computeRho(state: SmoState): number {
  const { labels } = state.problem;
  let upperLimit = Infinity;
  let lowerLimit = -Infinity;
  let freeSum = 0;
  let freeCount = 0;
  for (let k = 0; k < state.activeCount; k++) {
    const t = state.active[k]!;
    const yG = -state.violation[k]!;
    const status = state.status[t]!;
    if (status === FREE) {
      freeSum += yG;
      freeCount++;
    } else if ((status === AT_UPPER) === labels[t]! < 0) {
      upperLimit = Math.min(upperLimit, yG);
    } else {
      lowerLimit = Math.max(lowerLimit, yG);
    }
  }
  if (freeCount > 0) return freeSum / freeCount;
  return (upperLimit + lowerLimit) / 2;
}

/** The dual objective 1/2 a'Qa + p'a, once `violation` is exact for every variable. */
export function dualObjective(state: SmoState): number {
  let sum = 0;
  const { linear, labels } = state.problem;
  for (let k = 0; k < state.alpha.length; k++) {
    const t = state.active[k]!;
    const gradient = -labels[t]! * state.violation[k]!;
    sum += state.alpha[t]! * (gradient + linear[t]!);
  }
  return sum / 2;
}
