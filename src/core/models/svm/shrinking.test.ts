import { describe, expect, it } from 'vitest';
import type { QMatrix } from './qMatrix';
import { shrinkActiveSet } from './shrinking';
import { FREE, initialState, setBits, updateStatus, type SmoState } from './smoState';

/** SVR-shaped: 6 variables over 3 kernel columns (t and t + 3 share column t). */
function svrShapedState(): SmoState {
  const size = 6;
  const q: QMatrix = {
    size,
    diagonal: Float64Array.from([1.5, 2.5, 3.5, 4.5, 5.5, 6.5]),
    columnOf: Int32Array.from([0, 1, 2, 0, 1, 2]),
    row: () => new Float64Array(3),
    shrink() {},
    activateAll() {},
  };
  const labels = Int8Array.from([1, 1, 1, -1, -1, -1]);
  const zeros = new Float64Array(size);
  return initialState({ q, labels, linear: zeros, upper: new Float64Array(size).fill(1) });
}

describe('shrinkActiveSet (by-position solver arrays)', () => {
  it('moves v, the set bits, the diagonal and the kernel column along with each variable', () => {
    const state = svrShapedState();
    // Variable 2 free; every other one at 0, so 0-1 are only in I_up and 3-5 only in I_low.
    state.alpha[2] = 0.5;
    updateStatus(state, 2);
    expect(state.status[2]).toBe(FREE);
    // m = max v over I_up = 5, M = min v over I_low = -2: variable 1 (v = -3 < M) and
    // variable 3 (v = 6 > m) cannot join a violating pair, so they leave the active set.
    state.violation.set([5, -3, 1, 6, -2, 0]);
    shrinkActiveSet(state, 1e-3, new Int32Array(6));

    expect(state.activeCount).toBe(4);
    // Kept variables first, then the dropped ones, each group in its old order.
    expect([...state.active]).toEqual([0, 2, 4, 5, 1, 3]);
    expect([...state.violation]).toEqual([5, 1, -2, 0, -3, 6]);
    expect([...state.activeColumns]).toEqual([0, 2, 1, 2, 1, 0]);
    expect([...state.diagonal]).toEqual([1.5, 3.5, 5.5, 6.5, 2.5, 4.5]);
    state.active.forEach((t, k) => {
      expect(state.sets[k], `position ${k}`).toBe(
        setBits(state.problem.labels[t]!, state.status[t]!),
      );
    });
  });

  it('updates the status of the variable at a position, and the set bits of that position', () => {
    const state = svrShapedState();
    state.violation.set([5, -3, 1, 6, -2, 0]);
    shrinkActiveSet(state, 1e-3, new Int32Array(6));
    // Position 1 now holds variable 2 (label +1): at its upper bound it leaves I_up.
    state.alpha[2] = 1;
    updateStatus(state, 1);
    expect(state.sets[1]).toBe(setBits(1, state.status[2]!));
    expect(state.sets[1]).not.toBe(state.sets[0]);
    expect(state.sets[2]).toBe(setBits(-1, state.status[4]!));
  });

  it('leaves everything in place when no variable can be shrunk', () => {
    const state = svrShapedState();
    state.violation.set([1, 1, 1, 0, 0, 0]);
    shrinkActiveSet(state, 1e-3, new Int32Array(6));
    expect(state.activeCount).toBe(6);
    expect([...state.active]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...state.violation]).toEqual([1, 1, 1, 0, 0, 0]);
  });
});
