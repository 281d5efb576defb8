import { describe, expect, it } from 'vitest';
import { rocCurve } from '../metrics/rocAuc';
import { seededRandom } from '../prep/split/seededRandom';
import { classificationDiagnostics } from './classificationDiagnostics';
import type { RowPredictions } from './resultTypes';
import { rankScores } from './rankedScores';
import { rocSteps } from './rocPoints';

/** Binary rows whose class-1 probability leans towards the truth; parts as given. */
function binaryRows(n: number, seed: number, part: (i: number) => number): RowPredictions {
  const random = seededRandom(seed);
  const actual = Float64Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0));
  const positive = Float64Array.from(actual, (label) => Math.min(1, 0.6 * random() + 0.3 * label));
  const probabilities = new Float64Array(2 * n);
  positive.forEach((p, i) => probabilities.set([1 - p, p], 2 * i));
  return {
    rows: Int32Array.from({ length: n }, (_, i) => i),
    part: Uint8Array.from({ length: n }, (_, i) => part(i)),
    actual,
    predicted: Float64Array.from(positive, (p) => (p >= 0.5 ? 1 : 0)),
    probabilities,
    classes: ['no', 'yes'],
  };
}

describe('classificationDiagnostics', () => {
  it('evaluates on test rows, else validation, else train', () => {
    const partOf = (parts: number[]) => binaryRows(60, 1, (i) => parts[i % parts.length] ?? 0);
    expect(classificationDiagnostics(partOf([0, 1, 2])).part).toBe(2);
    expect(classificationDiagnostics(partOf([0, 1, 2])).total).toBe(20);
    expect(classificationDiagnostics(partOf([0, 1, 0])).part).toBe(1);
    expect(classificationDiagnostics(partOf([0])).part).toBe(0);
    expect(classificationDiagnostics(partOf([0])).total).toBe(60);
  });

  it('walks the full ROC staircase exactly as the metrics module does', () => {
    const rows = binaryRows(2000, 2, () => 0);
    const scores = Float64Array.from(rows.actual, (_, i) => rows.probabilities![2 * i + 1]!);
    const isPositive = Uint8Array.from(rows.actual);
    const steps = rocSteps(rankScores(scores, isPositive));
    const reference = rocCurve(isPositive, scores);
    const positives = isPositive.reduce((sum, flag) => sum + flag, 0);
    expect(Array.from(steps.thresholds)).toEqual(reference.thresholds);
    expect(Array.from(steps.truePositives, (tp) => tp / positives)).toEqual(
      reference.truePositiveRate,
    );
  });

  it('thins a long ROC curve to maxPoints, keeping its ends and its points', () => {
    const rows = binaryRows(20_000, 3, () => 2);
    const full = classificationDiagnostics(rows, { maxPoints: 1e9 }).roc[0]!.points;
    const thin = classificationDiagnostics(rows, { maxPoints: 50 }).roc[0]!.points;
    expect(full.length).toBeGreaterThan(1000);
    expect(thin.length).toBeLessThanOrEqual(50);
    expect(thin.length).toBeGreaterThan(25);
    expect(thin[0]).toEqual(full[0]);
    expect(thin.at(-1)).toEqual(full.at(-1));
    const positions = thin.map((point) =>
      full.findIndex(
        (p) => p.fpr === point.fpr && p.tpr === point.tpr && p.threshold === point.threshold,
      ),
    );
    expect(positions.every((at) => at >= 0)).toBe(true);
    // Every dropped point lies within one even share of the curve's length (2 / 49) of a kept one.
    const along = [0];
    for (let i = 1; i < full.length; i++) {
      const step = full[i]!.fpr - full[i - 1]!.fpr + full[i]!.tpr - full[i - 1]!.tpr;
      along.push(along[i - 1]! + step);
    }
    const keptAlong = positions.map((at) => along[at]!);
    for (const length of along) {
      const nearest = Math.min(...keptAlong.map((kept) => Math.abs(kept - length)));
      expect(nearest).toBeLessThanOrEqual(2 / 49 + 1e-12);
    }
  });

  it('shares tied scores pro rata in the gains, whatever the row order', () => {
    const rows = binaryRows(500, 4, () => 0);
    const rounded = rows.probabilities!.map((p) => Math.round(p * 5) / 5);
    const forward = classificationDiagnostics({ ...rows, probabilities: rounded }).gains[0]!;
    const reverse = (values: Float64Array, width: number) =>
      Float64Array.from(values, (_, i) => {
        const row = values.length / width - 1 - Math.floor(i / width);
        return values[row * width + (i % width)]!;
      });
    const reversed = classificationDiagnostics({
      ...rows,
      actual: reverse(rows.actual, 1),
      predicted: reverse(rows.predicted, 1),
      probabilities: reverse(rounded, 2),
    }).gains[0]!;
    expect(reversed.map((g) => g.gain)).toEqual(forward.map((g) => expect.closeTo(g.gain, 12)));
    expect(forward.at(-1)).toEqual({ share: 1, gain: 1, lift: 1 });
  });

  it('counts every row at every threshold, fewer predicted positive as the threshold rises', () => {
    const table = classificationDiagnostics(
      binaryRows(300, 5, () => 2),
      { thresholds: 11 },
    ).thresholds[0]!;
    expect(table.map((t) => t.threshold)).toEqual([
      0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    const total = table[0]!.tp + table[0]!.fp + table[0]!.tn + table[0]!.fn;
    expect(table[0]).toMatchObject({ tn: 0, fn: 0 });
    for (let i = 1; i < table.length; i++) {
      const entry = table[i]!;
      expect(entry.tp + entry.fp + entry.tn + entry.fn).toBe(total);
      expect(entry.tp + entry.fp).toBeLessThanOrEqual(table[i - 1]!.tp + table[i - 1]!.fp);
    }
  });

  it('fills in only the confusion matrix without probabilities', () => {
    const diagnostics = classificationDiagnostics({
      ...binaryRows(10, 6, () => 0),
      actual: Float64Array.from([0, 0, 1, 1, 1, 0, 1, 0, 1, 1]),
      predicted: Float64Array.from([0, 1, 1, 1, 0, 0, 1, 0, 1, 1]),
      probabilities: null,
    });
    expect(diagnostics).toMatchObject({ roc: [], gains: [], thresholds: [] });
    expect(diagnostics.confusion).toEqual([
      [3, 1],
      [1, 5],
    ]);
  });

  it('gives a class missing from the evaluation rows no AUC, curve or gains', () => {
    // Three classes; class 2 never occurs.
    const actual = Float64Array.from([0, 1, 0, 1, 0, 1]);
    const probabilities = Float64Array.from([
      0.7, 0.2, 0.1, 0.2, 0.5, 0.3, 0.6, 0.3, 0.1, 0.1, 0.6, 0.3, 0.5, 0.4, 0.1, 0.1, 0.8, 0.1,
    ]);
    const diagnostics = classificationDiagnostics({
      rows: Int32Array.from([0, 1, 2, 3, 4, 5]),
      part: new Uint8Array(6),
      actual,
      predicted: Float64Array.from([0, 1, 0, 1, 0, 1]),
      probabilities,
      classes: ['a', 'b', 'c'],
    });
    expect(diagnostics.roc.map((curve) => curve.auc)).toEqual([1, 1, null]);
    expect(diagnostics.roc[2]?.points).toEqual([]);
    expect(diagnostics.gains[2]).toEqual([]);
    expect(diagnostics.thresholds[2]?.[0]).toMatchObject({ tp: 0, fp: 6, fn: 0 });
  });

  it('refuses predictions without their classes (a caller mistake)', () => {
    expect(() =>
      classificationDiagnostics({ ...binaryRows(4, 7, () => 0), classes: null }),
    ).toThrow();
  });
});
