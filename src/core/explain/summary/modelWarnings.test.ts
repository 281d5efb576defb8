import { describe, expect, it } from 'vitest';
import type { Headline } from './headline';
import { leakageWarnings, smallTestSetWarning, weakModelWarning } from './modelWarnings';

const held = (metric: Headline['metric'], value: number, baseline: number): Headline => ({
  part: 2,
  metric,
  value,
  baseline,
  rows: 80,
});

describe('weakModelWarning', () => {
  it('calls held-out R² under 0.02 weak, and 0.02 fine', () => {
    expect(weakModelWarning(held('r2', 0.019, 0))?.params).toEqual({
      metric: 'r2',
      value: 0.019,
      baseline: 0,
      part: 2,
    });
    expect(weakModelWarning(held('r2', 0.02, 0))).toBeNull();
    expect(weakModelWarning(held('r2', -0.3, -0.001))?.code).toBe('weak-model');
  });

  it('calls AUC under 0.55 weak', () => {
    expect(weakModelWarning(held('auc', 0.549, 0.5))?.code).toBe('weak-model');
    expect(weakModelWarning(held('auc', 0.55, 0.5))).toBeNull();
  });

  it('calls accuracy no higher than the majority class weak', () => {
    expect(weakModelWarning(held('accuracy', 0.7, 0.7))?.code).toBe('weak-model');
    expect(weakModelWarning(held('accuracy', 0.71, 0.7))).toBeNull();
  });
});

describe('smallTestSetWarning', () => {
  it('warns under 30 held-out rows, and counts the training part as none held out', () => {
    expect(smallTestSetWarning({ ...held('r2', 0.5, 0), rows: 29 })?.params.rows).toBe(29);
    expect(smallTestSetWarning({ ...held('r2', 0.5, 0), rows: 30 })).toBeNull();
    const onTraining = { ...held('r2', 0.5, 0), part: 0 as const, rows: 500 };
    expect(smallTestSetWarning(onTraining)?.params).toEqual({ rows: 0, part: 0, minimum: 30 });
  });
});

describe('leakageWarnings', () => {
  it('flags scores from 0.98 up, one warning per column', () => {
    const scores = [
      { column: 'a', score: 0.9799 },
      { column: 'b', score: 0.98 },
      { column: 'c', score: 1 },
    ];
    expect(leakageWarnings(scores).map((w) => w.params.column)).toEqual(['c', 'b']);
    expect(leakageWarnings([])).toEqual([]);
  });
});
