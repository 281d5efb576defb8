import type { CacheArray } from './kernelCache';
import { IN_LOW, IN_UP, TAU, type SmoState } from './smoState';

/** The pair to optimise next, or i = -1 once the KKT gap is within tolerance. */
export interface WorkingSet {
  readonly i: number;
  readonly j: number;
  /** Q row of i (valid on the active set), kept so the update need not fetch it again. */
  readonly rowI: CacheArray | null;
  /** m(a) - M(a): the maximal violation, zero at the optimum. */
  readonly gap: number;
}

const OPTIMAL = (gap: number): WorkingSet => ({ i: -1, j: -1, rowI: null, gap });

/** i = argmax of v_t = -y_t G_t over I_up: the first-order choice. */
function selectFirst(state: SmoState): { i: number; gMax: number } {
  const { active, violation, sets } = state;
  let gMax = -Infinity;
  let i = -1;
  for (let k = 0; k < state.activeCount; k++) {
    const t = active[k]!;
    if ((sets[t]! & IN_UP) === 0) continue;
    const v = violation[t]!;
    if (v >= gMax) {
      gMax = v;
      i = t;
    }
  }
  return { i, gMax };
}

/**
 * Second-order working-set selection (WSS 2 of Fan, Chen & Lin, JMLR 2005): i maximises the
 * first-order violation; j, among I_low variables that violate together with i, minimises
 * -b^2 / a, the objective decrease of the two-variable step, with b = v_i - v_t and
 * a = K_ii + K_tt - 2 K_it (TAU when not positive).
 */
export function selectWorkingSet(state: SmoState, tol: number): WorkingSet {
  const { i, gMax } = selectFirst(state);
  if (i < 0) return OPTIMAL(0);
  const { q } = state.problem;
  const { active, violation, sets } = state;
  const diagonal = q.diagonal;
  const rowI = q.row(i, false);
  const kii = diagonal[i]!;
  let gMin = Infinity;
  let j = -1;
  let bestDecrease = Infinity;
  for (let k = 0; k < state.activeCount; k++) {
    const t = active[k]!;
    if ((sets[t]! & IN_LOW) === 0) continue;
    const v = violation[t]!;
    if (v < gMin) gMin = v;
    const b = gMax - v;
    if (b <= 0) continue;
    let a = kii + diagonal[t]! - 2 * rowI[t]!;
    if (a <= 0) a = TAU;
    const decrease = -(b * b) / a;
    if (decrease <= bestDecrease) {
      bestDecrease = decrease;
      j = t;
    }
  }
  const gap = gMax - gMin;
  if (gap < tol || j < 0) return OPTIMAL(Math.max(0, gap));
  return { i, j, rowI, gap };
}

/** m(a) = max of v over I_up and -M(a) = max of -v over I_low, on the active set. */
export function violationExtremes(state: SmoState): { upMax: number; lowMax: number } {
  let upMax = -Infinity;
  let lowMax = -Infinity;
  for (let k = 0; k < state.activeCount; k++) {
    const t = state.active[k]!;
    const sets = state.sets[t]!;
    const v = state.violation[t]!;
    if (sets & IN_UP && v > upMax) upMax = v;
    if (sets & IN_LOW && -v > lowMax) lowMax = -v;
  }
  return { upMax, lowMax };
}
