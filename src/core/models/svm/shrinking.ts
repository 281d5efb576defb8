import type { CacheArray } from './kernelCache';
import { AT_UPPER, FREE, refreshPositions, type SmoState } from './smoState';
import { violationExtremes } from './workingSet';

/**
 * Whether a bounded variable is unlikely to move again: it sits in only one of I_up / I_low and
 * its violation v lies beyond the other set's extreme, so it cannot join a violating pair now
 * (Joachims' heuristic in the form of Chang & Lin's LIBSVM paper, section 5.1).
 */
function canShrink(
  label: number,
  status: number,
  violation: number,
  upMax: number,
  lowMax: number,
): boolean {
  if (status === FREE) return false;
  // At upper with y = +1 or at lower with y = -1: only in I_low, compared with m = upMax.
  if ((status === AT_UPPER) === label > 0) return violation > upMax;
  // Otherwise only in I_up: shrunk when v < M = -lowMax.
  return -violation > lowMax;
}

/** sum over the free j of y_j a_j row[columnOf[j]]. */
function freeSum(
  row: CacheArray,
  free: Int32Array,
  freeCount: number,
  labels: Int8Array,
  alpha: Float64Array,
  columnOf: Int32Array,
): number {
  let sum = 0;
  for (let f = 0; f < freeCount; f++) {
    const j = free[f]!;
    sum += labels[j]! * alpha[j]! * row[columnOf[j]!]!;
  }
  return sum;
}

/** Recomputes v for shrunk variables: v_t = vbar_t - y_t p_t - sum over free j of a_j y_j K_tj. */
export function reconstructGradient(state: SmoState): void {
  const { problem, active, activeColumns, alpha, violation, violationBar, status } = state;
  const { labels, q } = problem;
  const { columnOf } = q;
  const size = q.size;
  if (state.activeCount === size) return;
  for (let k = state.activeCount; k < size; k++) {
    const t = active[k]!;
    violation[k] = violationBar[t]! - labels[t]! * problem.linear[t]!;
  }
  const free = new Int32Array(state.activeCount);
  let freeCount = 0;
  for (let k = 0; k < state.activeCount; k++) {
    if (status[active[k]!] === FREE) free[freeCount++] = active[k]!;
  }
  const inactiveCount = size - state.activeCount;
  // Free variables are never shrunk, so rows of shrunk variables over the active set suffice;
  // pick whichever way computes fewer kernel values.
  if (inactiveCount * state.activeCount < freeCount * size) {
    // The sum depends only on t's kernel column: SVR's alpha_t and alpha*_t share it, so each
    // column's row is fetched and summed once (before, both fetched it, often evicting it between).
    const sums = new Float64Array(size);
    const summed = new Uint8Array(size);
    for (let k = state.activeCount; k < size; k++) {
      const t = active[k]!;
      const column = columnOf[t]!;
      if (summed[column] === 0) {
        sums[column] = freeSum(q.row(t, false), free, freeCount, labels, alpha, columnOf);
        summed[column] = 1;
      }
      violation[k] = violation[k]! - sums[column]!;
    }
  } else {
    for (let f = 0; f < freeCount; f++) {
      const j = free[f]!;
      const row = q.row(j, true);
      const coef = labels[j]! * alpha[j]!;
      for (let k = state.activeCount; k < size; k++) {
        violation[k] = violation[k]! - coef * row[activeColumns[k]!]!;
      }
    }
  }
}

/** Makes every variable active again, with an exact gradient. */
export function unshrinkAll(state: SmoState): void {
  reconstructGradient(state);
  state.activeCount = state.problem.q.size;
  state.problem.q.activateAll();
}

/**
 * Moves variables that look settled at a bound out of the active set. Once the gap first falls
 * within 10 tol, everything is made active again so wrongly shrunk variables get another look.
 */
export function shrinkActiveSet(state: SmoState, tol: number, scratch: Int32Array): void {
  const { upMax, lowMax } = violationExtremes(state);
  if (!state.unshrunk && upMax + lowMax <= 10 * tol) {
    state.unshrunk = true;
    unshrinkAll(state);
  }
  const { labels } = state.problem;
  const { active, violation, status } = state;
  const droppedViolation = new Float64Array(state.activeCount);
  let kept = 0;
  let dropped = 0;
  // A stable partition (kept, then dropped, each in their old order); v moves with its variable.
  for (let k = 0; k < state.activeCount; k++) {
    const t = active[k]!;
    const v = violation[k]!;
    if (canShrink(labels[t]!, status[t]!, v, upMax, lowMax)) {
      scratch[dropped] = t;
      droppedViolation[dropped++] = v;
    } else {
      active[kept] = t;
      violation[kept++] = v;
    }
  }
  if (dropped === 0) return;
  active.set(scratch.subarray(0, dropped), kept);
  violation.set(droppedViolation.subarray(0, dropped), kept);
  refreshPositions(state);
  state.activeCount = kept;
  state.problem.q.shrink(active, kept);
}
