import { describe, expect, it } from 'vitest';
import { seededRegression } from './fixtureData';
import { residualSummary, type CentredLine } from './olsResiduals';

describe('residualSummary', () => {
  it.each([1, 2, 5, 6])(
    'sums squared residuals, total squares and Durbin–Watson in row order on %i rows',
    (rows) => {
      const data = seededRegression(rows, 3, { seed: rows, offset: 50 });
      const line: CentredLine = {
        yCenter: 2,
        level: 0.25,
        centers: [50.5, 50.2, 49.9],
        slopes: [0.3, -1.5, 2],
      };
      const residuals = Array.from({ length: rows }, (_, i) => {
        let fitted = line.yCenter + line.level;
        for (let j = 0; j < 3; j += 1) {
          fitted += line.slopes[j]! * (data.x[i * 3 + j]! - line.centers[j]!);
        }
        return data.y[i]! - fitted;
      });
      const squares = residuals.reduce((sum, e) => sum + e * e, 0);
      const differences = residuals.reduce(
        (sum, e, i) => (i === 0 ? sum : sum + (e - residuals[i - 1]!) ** 2),
        0,
      );
      const totals = Array.from(data.y).reduce((sum, v) => sum + (v - line.yCenter) ** 2, 0);
      const summary = residualSummary(data, line);
      expect(summary.residualSumOfSquares).toBeCloseTo(squares, 12);
      expect(summary.centredTotalSumOfSquares).toBeCloseTo(totals, 12);
      expect(summary.durbinWatson).toBeCloseTo(differences / squares, 12);
    },
  );

  it('gives no Durbin–Watson statistic for a perfect fit', () => {
    const data = seededRegression(4, 1);
    const line: CentredLine = {
      yCenter: 0,
      level: 0,
      centers: [0],
      slopes: [0],
    };
    const exact = { ...data, y: new Float64Array(4) };
    expect(residualSummary(exact, line)).toEqual({
      residualSumOfSquares: 0,
      centredTotalSumOfSquares: 0,
      durbinWatson: null,
    });
  });
});
