import { describe, expect, it } from 'vitest';
import { progressBatches } from './progressBatches';

/** A scheduler the test runs by hand. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    schedule: (run: () => void) => due.push(run),
    runAll: () => due.splice(0).forEach((run) => run()),
    count: () => due.length,
  };
}

describe('progressBatches', () => {
  it('applies every report kept since the last batch, in order, once per interval', () => {
    const timers = manualTimers();
    const applied: number[][] = [];
    const batches = progressBatches<number>((b) => applied.push([...b]), 100, timers.schedule);
    for (let n = 1; n <= 5; n++) batches.add(n);
    expect(timers.count()).toBe(1);
    expect(applied).toEqual([]);
    timers.runAll();
    batches.add(6);
    timers.runAll();
    expect(applied).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it('flush applies at once, and the pending timer then applies nothing twice', () => {
    const timers = manualTimers();
    const applied: number[][] = [];
    const batches = progressBatches<number>((b) => applied.push([...b]), 100, timers.schedule);
    batches.add(1);
    batches.add(2);
    batches.flush();
    timers.runAll();
    expect(applied).toEqual([[1, 2]]);
    batches.add(3);
    expect(timers.count()).toBe(1);
  });
});
