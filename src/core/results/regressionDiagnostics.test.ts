import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { regressionDiagnostics } from './regressionDiagnostics';
import type { RowPredictions } from './resultTypes';

function predictionsOf(actual: number[], predicted: number[], part?: number[]): RowPredictions {
  return {
    rows: Int32Array.from(actual, (_, i) => 10 * i),
    part: Uint8Array.from(part ?? actual.map((_, i) => i % 3)),
    actual: Float64Array.from(actual),
    predicted: Float64Array.from(predicted),
    probabilities: null,
    classes: null,
  };
}

/** Fitted values 0..100 with residual = curve(fitted) + uniform noise in [-0.5, 0.5]. */
function curvedResiduals(n: number, curve: (fitted: number) => number): RowPredictions {
  const random = seededRandom(5);
  const predicted = Array.from({ length: n }, () => 100 * random());
  const actual = predicted.map((p) => p + curve(p) + random() - 0.5);
  return predictionsOf(actual, predicted);
}

describe('regressionDiagnostics', () => {
  it('leaves out rows without a finite actual or prediction', () => {
    const diagnostics = regressionDiagnostics(
      predictionsOf([1, NaN, 3, 4, Infinity], [1.5, 2, NaN, 3, 5]),
    );
    expect(diagnostics.total).toBe(2);
    expect(diagnostics.points.map((point) => point.row)).toEqual([0, 30]);
    expect(diagnostics.histogram.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
  });

  it('draws each point with its table row, part, actual, prediction and residual', () => {
    const diagnostics = regressionDiagnostics(predictionsOf([3, 5, 2], [2.5, 6, 2], [0, 2, 1]));
    expect(diagnostics.points).toEqual([
      { row: 0, part: 0, actual: 3, predicted: 2.5, residual: 0.5 },
      { row: 10, part: 2, actual: 5, predicted: 6, residual: -1 },
      { row: 20, part: 1, actual: 2, predicted: 2, residual: 0 },
    ]);
  });

  it('caps the scatter and the Q-Q plot at maxPoints (default 2000)', () => {
    const many = curvedResiduals(5000, () => 0);
    const diagnostics = regressionDiagnostics(many);
    expect(diagnostics.total).toBe(5000);
    expect(diagnostics.points).toHaveLength(2000);
    expect(diagnostics.qq).toHaveLength(2000);
    expect(regressionDiagnostics(many, { maxPoints: 300 }).points).toHaveLength(300);
  });

  it('draws a trend that follows a curved residual pattern', () => {
    const curve = (fitted: number) => ((fitted - 50) / 10) ** 2 - 8;
    const { trend } = regressionDiagnostics(curvedResiduals(20_000, curve));
    expect(trend).toHaveLength(40);
    for (const point of trend) expect(point.y).toBeCloseTo(curve(point.x), 0);
    const xs = trend.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('keeps rows with the same prediction in one trend bin', () => {
    // Five distinct predictions (a tree, say): at most one trend point per prediction.
    const predicted = Array.from({ length: 1000 }, (_, i) => (i % 5) * 10);
    const actual = predicted.map((p, i) => p + (i % 7) - 3 + p / 10);
    const { trend } = regressionDiagnostics(predictionsOf(actual, predicted));
    expect(trend.map((point) => point.x)).toEqual([0, 10, 20, 30, 40]);
    expect(trend.map((point) => point.y)).toEqual([0, 1, 2, 3, 4]);
  });

  it('histogram counts add up to every row and the normal curve peaks near the mean', () => {
    const { histogram, total } = regressionDiagnostics(curvedResiduals(3000, () => 0));
    expect(histogram.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(total);
    expect(histogram.normalCurve).toHaveLength(60);
    const peak = histogram.normalCurve.reduce((best, p) => (p.y > best.y ? p : best));
    const width = (histogram.bins[0]?.to ?? 0) - (histogram.bins[0]?.from ?? 0);
    expect(Math.abs(peak.x - histogram.mean)).toBeLessThan(width);
  });

  it('returns empty charts for no rows', () => {
    const diagnostics = regressionDiagnostics(predictionsOf([], []));
    expect(diagnostics).toMatchObject({ total: 0, points: [], trend: [], qq: [] });
    expect(diagnostics.histogram.bins).toEqual([]);
  });
});
