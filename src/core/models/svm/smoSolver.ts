import type { CacheArray } from './kernelCache';
import { convergenceFraction } from './progressFraction';
import { reconstructGradient, shrinkActiveSet, unshrinkAll } from './shrinking';
import {
  AT_UPPER,
  COLUMNS_HALVES,
  COLUMNS_IDENTITY,
  computeRho,
  dualObjective,
  initialState,
  IN_UP,
  TAU,
  type DualProblem,
  updateStatus,
  type SmoState,
} from './smoState';
import { selectFirst, selectWorkingSet } from './workingSet';

export interface SmoSettings {
  readonly tol: number;
  readonly maxIterations: number;
  readonly shrinking: boolean;
  /** Called every few hundred steps with an estimate in [0, 1] from the KKT gap. */
  readonly onProgress?: (fraction: number) => void;
}

export interface DualSolution {
  readonly alpha: Float64Array;
  readonly rho: number;
  readonly objective: number;
  readonly iterations: number;
  /** False when maxIterations ran out before the gap fell within tol. */
  readonly converged: boolean;
}

const PROGRESS_EVERY = 256;

/** Keeps vbar current when variable `t` enters or leaves its upper bound (a full K row). */
function updateViolationBar(state: SmoState, t: number, wasUpper: boolean): void {
  const isUpper = state.status[t] === AT_UPPER;
  if (wasUpper === isUpper) return;
  const { q } = state.problem;
  const row = q.row(t, true);
  const bound = state.problem.upper[t]! * state.problem.labels[t]!;
  const scale = isUpper ? -bound : bound;
  const { violationBar } = state;
  if (state.columnLayout === COLUMNS_IDENTITY) addScaledRow(violationBar, row, scale);
  else if (state.columnLayout === COLUMNS_HALVES) addScaledRowTwice(violationBar, row, scale);
  else addScaledColumns(violationBar, row, q.columnOf, scale);
}

/** vbar_s += scale K_s for every s (one variable per kernel column). */
function addScaledRow(violationBar: Float64Array, row: CacheArray, scale: number): void {
  for (let s = 0; s < violationBar.length; s++) {
    violationBar[s] = violationBar[s]! + scale * row[s]!;
  }
}

/** The same for SVR's 2n variables: one read of K_c serves a_c and a*_c (variables c, c + n). */
function addScaledRowTwice(violationBar: Float64Array, row: CacheArray, scale: number): void {
  const n = violationBar.length >> 1;
  for (let c = 0; c < n; c++) {
    const change = scale * row[c]!;
    violationBar[c] = violationBar[c]! + change;
    violationBar[c + n] = violationBar[c + n]! + change;
  }
}

/** vbar_s += scale K[columnOf[s]] for any other variable-to-column map. */
function addScaledColumns(
  violationBar: Float64Array,
  row: CacheArray,
  columnOf: Int32Array,
  scale: number,
): void {
  for (let s = 0; s < violationBar.length; s++) {
    violationBar[s] = violationBar[s]! + scale * row[columnOf[s]!]!;
  }
}

/**
 * Every active v_t drops by K_ti y_i (change of a_i) + K_tj y_j (change of a_j). The same pass
 * finds the next first-order choice (what firstOrderChoice would), saving a pass per step; it
 * returns that position and nothing else (see the note in workingSet.ts).
 */
function updateViolations(
  state: SmoState,
  rowI: CacheArray,
  rowJ: CacheArray,
  changeI: number,
  changeJ: number,
): number {
  const { activeColumns, violation, sets } = state;
  let gMax = -Infinity;
  let next = -1;
  for (let k = 0; k < state.activeCount; k++) {
    const column = activeColumns[k]!;
    const v = violation[k]! - rowI[column]! * changeI - rowJ[column]! * changeJ;
    violation[k] = v;
    if (v >= gMax && (sets[k]! & IN_UP) !== 0) {
      gMax = v;
      next = k;
    }
  }
  return next;
}

/**
 * The two-variable step on the variables at positions i and j (s and t below): a_s += y_s d and
 * a_t -= y_t d keep y'a fixed; the unclipped optimum is d = (v_s - v_t) / (K_ss + K_tt - 2 K_st),
 * then d is cut where either variable meets a bound (which it is then set to exactly).
 */
function takeStep(state: SmoState, i: number, j: number, rowI: CacheArray, shrinking: boolean) {
  const { labels, upper, q } = state.problem;
  const { alpha, violation, status, diagonal } = state;
  const s = state.active[i]!;
  const t = state.active[j]!;
  const rowJ = q.row(t, false);
  const ys = labels[s]!;
  const yt = labels[t]!;
  let a = diagonal[i]! + diagonal[j]! - 2 * rowI[state.activeColumns[j]!]!;
  if (a <= 0) a = TAU;
  const b = violation[i]! - violation[j]!;
  const oldS = alpha[s]!;
  const oldT = alpha[t]!;
  const roomS = ys > 0 ? upper[s]! - oldS : oldS;
  const roomT = yt > 0 ? oldT : upper[t]! - oldT;
  const step = Math.min(b / a, roomS, roomT);
  alpha[s] = step === roomS ? (ys > 0 ? upper[s]! : 0) : clamp(oldS + ys * step, upper[s]!);
  alpha[t] = step === roomT ? (yt > 0 ? 0 : upper[t]!) : clamp(oldT - yt * step, upper[t]!);
  const wasUpperS = status[s] === AT_UPPER;
  const wasUpperT = status[t] === AT_UPPER;
  // Statuses first: the violation pass below picks the next i by the new I_up membership.
  updateStatus(state, i);
  updateStatus(state, j);
  const next = updateViolations(
    state,
    rowI,
    rowJ,
    ys * (alpha[s]! - oldS),
    yt * (alpha[t]! - oldT),
  );
  state.upIndex = next;
  state.upMax = next < 0 ? -Infinity : violation[next]!;
  if (shrinking) {
    updateViolationBar(state, s, wasUpperS);
    updateViolationBar(state, t, wasUpperT);
  }
}

const clamp = (value: number, upper: number): number =>
  value < 0 ? 0 : value > upper ? upper : value;

/**
 * Sequential minimal optimisation for the general dual (see DualProblem) with second-order
 * working-set selection, an LRU kernel-row cache and optional shrinking.
 */
export function solveDual(problem: DualProblem, settings: SmoSettings): DualSolution {
  const state = initialState(problem);
  const scratch = new Int32Array(problem.q.size);
  const shrinkEvery = Math.min(problem.q.size, 1000);
  let countdown = shrinkEvery;
  let iterations = 0;
  let firstGap = NaN;
  let progress = 0;
  let converged = false;
  selectFirst(state);
  while (iterations < settings.maxIterations) {
    if (settings.shrinking && --countdown === 0) {
      countdown = shrinkEvery;
      shrinkActiveSet(state, settings.tol, scratch);
      selectFirst(state);
    }
    let next = selectWorkingSet(state, settings.tol);
    if (next.i < 0 && state.activeCount < problem.q.size) {
      // Optimal on the shrunk problem: check the whole problem before stopping.
      unshrinkAll(state);
      countdown = 1;
      selectFirst(state);
      next = selectWorkingSet(state, settings.tol);
    }
    if (next.i < 0 || next.rowI === null) {
      converged = true;
      break;
    }
    if (Number.isNaN(firstGap)) firstGap = next.gap;
    takeStep(state, next.i, next.j, next.rowI, settings.shrinking);
    iterations++;
    if (settings.onProgress && iterations % PROGRESS_EVERY === 0) {
      progress = Math.max(progress, convergenceFraction(firstGap, next.gap, settings.tol));
      settings.onProgress(progress);
    }
  }
  reconstructGradient(state);
  state.activeCount = problem.q.size;
  return {
    alpha: state.alpha,
    rho: computeRho(state),
    objective: dualObjective(state),
    iterations,
    converged,
  };
}
