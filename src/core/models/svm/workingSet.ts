import type { CacheArray } from './kernelCache';
import { IN_LOW, IN_UP, type SmoState } from './smoState';

/**
 * The pair to optimise next as positions in `state.active`, or i = -1 once the KKT gap is within
 * tolerance.
 */
export interface WorkingSet {
  readonly i: number;
  readonly j: number;
  /** Q row of variable active[i] (valid on the active set), kept for the update. */
  readonly rowI: CacheArray | null;
  /** m(a) - M(a): the maximal violation, zero at the optimum. */
  readonly gap: number;
}

const OPTIMAL = (gap: number): WorkingSet => ({ i: -1, j: -1, rowI: null, gap });

/*
 * Why the hot loops below sit alone in functions that end right after the loop: on a first call
 * with thousands of variables V8 compiles the running loop on the spot (on-stack replacement),
 * before any code after the loop has run. Code there has no type feedback, so the compiled loop
 * bailed out on leaving it, and V8 kept reusing that code: about a thousand bail-outs per solve,
 * each finishing in the interpreter (allocating a heap number per double). A bare `return` of a
 * local needs no feedback; other results are written inside the loop.
 */

/** Position of the active I_up variable with the largest v (the last among equals), or -1. */
export function firstOrderChoice(state: SmoState): number {
  const { violation, sets } = state;
  let gMax = -Infinity;
  let i = -1;
  for (let k = 0; k < state.activeCount; k++) {
    if ((sets[k]! & IN_UP) === 0) continue;
    const v = violation[k]!;
    if (v >= gMax) {
      gMax = v;
      i = k;
    }
  }
  return i;
}

/**
 * Sets state.upIndex / upMax to the position of i = argmax of v_t = -y_t G_t over active I_up
 * variables, the first-order choice. takeStep keeps them current while it updates v, so this full pass is only
 * needed after the active set changed.
 */
export function selectFirst(state: SmoState): void {
  const i = firstOrderChoice(state);
  state.upIndex = i;
  state.upMax = i < 0 ? -Infinity : state.violation[i]!;
}

/** Receives min v over active I_low from secondOrderPartner (written inside its loop). */
const lowest = new Float64Array(1);

/** Position j of WSS 2 given i (see selectWorkingSet), or -1; min v over I_low to `lowest`. */
function secondOrderPartner(state: SmoState, i: number, rowI: CacheArray): number {
  const { activeColumns, violation, sets, diagonal } = state;
  const gMax = state.upMax;
  const kii = diagonal[i]!;
  let gMin = Infinity;
  let j = -1;
  let bestDecrease = Infinity;
  lowest[0] = gMin;
  for (let k = 0; k < state.activeCount; k++) {
    if ((sets[k]! & IN_LOW) === 0) continue;
    const v = violation[k]!;
    if (v < gMin) {
      gMin = v;
      lowest[0] = v;
    }
    const b = gMax - v;
    if (b <= 0) continue;
    let a = kii + diagonal[k]! - 2 * rowI[activeColumns[k]!]!;
    // TAU as a literal: a module constant here is an untyped value to V8, which then boxed `a`
    // (a heap number per candidate: about 1 GB of garbage in one SVR fit, where a = 0 is common).
    if (a <= 0) a = 1e-12;
    const decrease = -(b * b) / a;
    if (decrease <= bestDecrease) {
      bestDecrease = decrease;
      j = k;
    }
  }
  return j;
}

/**
 * Second-order working-set selection (WSS 2 of Fan, Chen & Lin, JMLR 2005): i maximises the
 * first-order violation (state.upIndex); j, among I_low variables that violate together with i,
 * minimises -b^2 / a, the objective decrease of the two-variable step, with b = v_i - v_t and
 * a = K_ii + K_tt - 2 K_it (TAU when not positive).
 */
export function selectWorkingSet(state: SmoState, tol: number): WorkingSet {
  const i = state.upIndex;
  if (i < 0) return OPTIMAL(0);
  const rowI = state.problem.q.row(state.active[i]!, false);
  const j = secondOrderPartner(state, i, rowI);
  const gap = state.upMax - lowest[0]!;
  if (gap < tol || j < 0) return OPTIMAL(Math.max(0, gap));
  return { i, j, rowI, gap };
}

/** m(a) = max of v over I_up and -M(a) = max of -v over I_low, on the active set. */
export function violationExtremes(state: SmoState): { upMax: number; lowMax: number } {
  let upMax = -Infinity;
  let lowMax = -Infinity;
  for (let k = 0; k < state.activeCount; k++) {
    const sets = state.sets[k]!;
    const v = state.violation[k]!;
    if (sets & IN_UP && v > upMax) upMax = v;
    if (sets & IN_LOW && -v > lowMax) lowMax = -v;
  }
  return { upMax, lowMax };
}
