import { svcDualityGap } from './dualityGap';
import { addScaledRow, linearDecision, rowNormsWithBias, type LinearRows } from './linearRows';
import { convergenceFraction } from './progressFraction';
import { shufflePrefix } from './seededShuffle';

export interface DcdSettings {
  readonly C: number;
  readonly loss: 'l1' | 'l2';
  readonly tol: number;
  readonly maxPasses: number;
  readonly shrinking: boolean;
  readonly random: () => number;
  /** Called after every pass with an estimate in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
}

/** Weights for `cols` features followed by the bias (the weight of the implicit 1 column). */
export interface DcdFit {
  readonly weights: Float64Array;
  readonly passes: number;
  readonly converged: boolean;
}

// The duality gap costs a pass over the rows, so it is checked every few passes only.
const GAP_CHECK_EVERY = 4;

interface DcdState {
  readonly alpha: Float64Array;
  readonly w: Float64Array;
  readonly order: Int32Array;
  activeCount: number;
  /** Bounds of the previous pass's projected gradients, for shrinking. */
  shrinkAbove: number;
  shrinkBelow: number;
}

/** Moves the row at `order[k]` behind the active ones. */
function shrinkAt(state: DcdState, k: number): void {
  const row = state.order[k]!;
  state.order[k] = state.order[--state.activeCount]!;
  state.order[state.activeCount] = row;
}

/** One pass of exact one-variable steps over the active rows in random order. */
function svcPass(
  data: LinearRows,
  labels: Int8Array,
  settings: DcdSettings,
  state: DcdState,
  problem: { upper: number; diagonal: number; qbar: Float64Array },
): { pgMax: number; pgMin: number } {
  const { alpha, w, order } = state;
  const { upper, diagonal, qbar } = problem;
  shufflePrefix(order, state.activeCount, settings.random);
  let pgMax = -Infinity;
  let pgMin = Infinity;
  let k = 0;
  while (k < state.activeCount) {
    const i = order[k]!;
    const y = labels[i]!;
    const a = alpha[i]!;
    const g = y * linearDecision(w, data, i) - 1 + diagonal * a;
    let projected = g;
    if (a === 0) {
      if (settings.shrinking && g > state.shrinkAbove) {
        shrinkAt(state, k);
        continue;
      }
      projected = Math.min(g, 0);
    } else if (a === upper) {
      if (settings.shrinking && g < state.shrinkBelow) {
        shrinkAt(state, k);
        continue;
      }
      projected = Math.max(g, 0);
    }
    if (projected > pgMax) pgMax = projected;
    if (projected < pgMin) pgMin = projected;
    if (projected !== 0) {
      alpha[i] = Math.min(Math.max(a - g / qbar[i]!, 0), upper);
      addScaledRow(w, data, i, (alpha[i]! - a) * y);
    }
    k++;
  }
  return { pgMax, pgMin };
}

/**
 * L2-regularised linear SVC by dual coordinate descent (Hsieh, Chang, Lin, Keerthi & Sundararajan,
 * ICML 2008, Algorithm 3 with shrinking): each step minimises the dual exactly in one a_i, with
 * w = sum(y_i a_i x_i) kept up to date. L1 loss (hinge): 0 <= a_i <= C; L2 loss (squared
 * hinge): a_i >= 0 and 1/(2C) added to the diagonal.
 *
 * Stops when the spread of projected gradients over a full pass is within `tol` (liblinear's
 * rule) or when the relative duality gap is: on large noisy sets the first can take hundreds of
 * passes (liblinear too) after the weights have long stopped changing in any digit that matters.
 */
export function fitLinearSvc(data: LinearRows, labels: Int8Array, settings: DcdSettings): DcdFit {
  const upper = settings.loss === 'l1' ? settings.C : Infinity;
  const diagonal = settings.loss === 'l1' ? 0 : 1 / (2 * settings.C);
  const problem = { upper, diagonal, qbar: rowNormsWithBias(data, diagonal) };
  const state: DcdState = {
    alpha: new Float64Array(data.rows),
    w: new Float64Array(data.cols + 1),
    order: Int32Array.from({ length: data.rows }, (_, k) => k),
    activeCount: data.rows,
    shrinkAbove: Infinity,
    shrinkBelow: -Infinity,
  };
  const gap = () => svcDualityGap(data, labels, state.alpha, state.w, settings.C, settings.loss);
  let firstSpread = NaN;
  for (let passes = 1; passes <= settings.maxPasses; passes++) {
    const { pgMax, pgMin } = svcPass(data, labels, settings, state, problem);
    const spread = pgMax - pgMin;
    if (Number.isNaN(firstSpread)) firstSpread = spread;
    settings.onProgress?.(convergenceFraction(firstSpread, spread, settings.tol));
    const allActive = state.activeCount === data.rows;
    if (spread <= settings.tol && allActive) return { weights: state.w, passes, converged: true };
    if (passes % GAP_CHECK_EVERY === 0 && gap() <= settings.tol) {
      return { weights: state.w, passes, converged: true };
    }
    if (spread <= settings.tol) {
      // Converged on the shrunk rows: one more look at every row before stopping.
      state.activeCount = data.rows;
      state.shrinkAbove = Infinity;
      state.shrinkBelow = -Infinity;
    } else {
      state.shrinkAbove = pgMax <= 0 ? Infinity : pgMax;
      state.shrinkBelow = pgMin >= 0 ? -Infinity : pgMin;
    }
  }
  return { weights: state.w, passes: settings.maxPasses, converged: false };
}
