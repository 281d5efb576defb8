import { chiSquareSf } from '../../stats/distributions';

/** The Breusch–Pagan statistic and its chi-square p-value (one degree of freedom). */
export interface BreuschPaganTest {
  readonly statistic: number;
  readonly pValue: number;
  readonly rows: number;
}

/**
 * Breusch–Pagan test with the fitted values as the single regressor, Koenker's studentised form
 * (statsmodels `het_breuschpagan`, robust=True): LM = n · R² of the squared residuals regressed
 * on [1, fitted]. With one regressor that R² is their squared correlation. Null when there are
 * fewer than 3 rows or either series is constant (no test is possible).
 */
export function breuschPagan(
  fitted: ArrayLike<number>,
  residual: ArrayLike<number>,
): BreuschPaganTest | null {
  const rows = fitted.length;
  if (residual.length !== rows)
    throw new Error(`${rows} fitted values, ${residual.length} residuals`);
  if (rows < 3) return null;
  let meanFitted = 0;
  let meanSquare = 0;
  for (let i = 0; i < rows; i += 1) {
    meanFitted += fitted[i]!;
    meanSquare += residual[i]! ** 2;
  }
  meanFitted /= rows;
  meanSquare /= rows;
  let cross = 0;
  let fittedSpread = 0;
  let squareSpread = 0;
  for (let i = 0; i < rows; i += 1) {
    const f = fitted[i]! - meanFitted;
    const s = residual[i]! ** 2 - meanSquare;
    cross += f * s;
    fittedSpread += f * f;
    squareSpread += s * s;
  }
  if (!(fittedSpread > 0) || !(squareSpread > 0)) return null;
  const rSquared = (cross * cross) / (fittedSpread * squareSpread);
  const statistic = rows * rSquared;
  return { statistic, pValue: chiSquareSf(statistic, 1), rows };
}
