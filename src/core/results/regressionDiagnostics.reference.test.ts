import { describe, expect, it } from 'vitest';
import reference from './fixtures/regressionReference.json';
import { regressionDiagnostics } from './regressionDiagnostics';
import type { RowPredictions } from './resultTypes';

// Reference values: scripts/make-results-fixtures.py (numpy 1.24, scipy 1.10).
type Case = (typeof reference.cases)[number];

function predictionsOf(reference: Case): RowPredictions {
  return {
    rows: Int32Array.from(reference.part, (_, i) => 1000 + i),
    part: Uint8Array.from(reference.part),
    actual: Float64Array.from(reference.actual),
    predicted: Float64Array.from(reference.predicted),
    probabilities: null,
    classes: null,
  };
}

const closeTo = (values: readonly number[], digits = 10) =>
  values.map((value) => expect.closeTo(value, digits));

describe('residual histogram matches numpy.histogram', () => {
  it.each(reference.cases)('$name', (reference) => {
    const options = reference.bins === null ? {} : { bins: reference.bins };
    const { histogram } = regressionDiagnostics(predictionsOf(reference), options);
    expect(histogram.bins).toHaveLength(reference.binCount);
    expect(histogram.bins.map((bin) => bin.from)).toEqual(
      closeTo(reference.edges.slice(0, -1), 12),
    );
    expect(histogram.bins.map((bin) => bin.to)).toEqual(closeTo(reference.edges.slice(1), 12));
    expect(histogram.bins.map((bin) => bin.count)).toEqual(reference.counts);
    expect(histogram.mean).toBeCloseTo(reference.mean, 12);
    expect(histogram.std).toBeCloseTo(reference.std, 12);
  });

  it("uses numpy's Freedman-Diaconis count when it lies within 10..60", () => {
    const normal = reference.cases[0] as Case;
    expect(normal.numpyFdBinCount).toBeGreaterThanOrEqual(10);
    const { histogram } = regressionDiagnostics(predictionsOf(normal));
    expect(histogram.bins).toHaveLength(normal.numpyFdBinCount);
  });
});

describe('normal curve over the histogram matches scipy.stats.norm', () => {
  it.each(reference.cases)('$name', (reference) => {
    const options = reference.bins === null ? {} : { bins: reference.bins };
    const { normalCurve } = regressionDiagnostics(predictionsOf(reference), options).histogram;
    if (reference.normalCurve === null) {
      expect(normalCurve).toEqual([]);
      return;
    }
    expect(normalCurve.map((point) => point.x)).toEqual(closeTo(reference.normalCurve.x, 10));
    expect(normalCurve.map((point) => point.y)).toEqual(closeTo(reference.normalCurve.y, 10));
  });
});

describe('normal Q-Q plot matches scipy.stats.probplot', () => {
  it.each(reference.cases)('every point when few rows: $name', (reference) => {
    const { qq } = regressionDiagnostics(predictionsOf(reference));
    expect(qq.map((point) => point.theoretical)).toEqual(closeTo(reference.qq.theoretical, 12));
    expect(qq.map((point) => point.sample)).toEqual(closeTo(reference.qq.sample, 10));
  });

  it('ties each Q-Q point to the row whose standardised residual it shows', () => {
    const normal = reference.cases[0] as Case;
    const { qq, histogram } = regressionDiagnostics(predictionsOf(normal));
    for (const point of qq) {
      const i = point.row - 1000;
      const residual = (normal.actual[i] as number) - (normal.predicted[i] as number);
      expect(point.sample).toBeCloseTo((residual - histogram.mean) / histogram.std, 12);
      expect(point.part).toBe(normal.part[i]);
    }
  });

  it('keeps both tails whole and thins the middle when there are more rows than points', () => {
    const normal = reference.cases[0] as Case;
    const n = normal.qq.sample.length;
    const { qq } = regressionDiagnostics(predictionsOf(normal), { maxPoints: 120 });
    expect(qq).toHaveLength(120);
    // min(50, 120 / 4) = 30 points at each end, exactly scipy's first and last 30.
    expect(qq.slice(0, 30).map((p) => p.theoretical)).toEqual(
      closeTo(normal.qq.theoretical.slice(0, 30), 12),
    );
    expect(qq.slice(-30).map((p) => p.sample)).toEqual(closeTo(normal.qq.sample.slice(n - 30), 10));
    // Every thinned point is one of scipy's points (same position on both axes).
    for (const point of qq) {
      const rank = normal.qq.theoretical.findIndex((t) => Math.abs(t - point.theoretical) < 1e-12);
      expect(rank).toBeGreaterThanOrEqual(0);
      expect(point.sample).toBeCloseTo(normal.qq.sample[rank] as number, 10);
    }
    const theoretical = qq.map((p) => p.theoretical);
    expect(theoretical).toEqual([...theoretical].sort((a, b) => a - b));
  });
});
