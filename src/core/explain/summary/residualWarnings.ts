import type { LinearModel } from '../../models/linear/linearTypes';
import type { Matrix } from '../../models/modelTypes';
import { PART_TRAIN, type SummaryWarning } from '../../results/resultTypes';
import { breuschPagan } from './breuschPagan';
import { olsInfluence } from './olsInfluence';
import type { ScoredResiduals } from './summaryTypes';

/** Breusch–Pagan p-value below which the residual spread counts as changing with the fit. */
export const HETEROSCEDASTIC_P = 0.01;
/** |studentised residual| above which an OLS row with high leverage is an outlier. */
export const STUDENTIZED_LIMIT = 3;
/** |standardised residual| above which a row of any other model is an outlier. */
export const STANDARDISED_LIMIT = 4;
/** Row numbers listed in the outlier warning at most. */
export const LISTED_ROWS = 5;

/** Entries of the residuals that are training rows. */
function trainEntries(residuals: ScoredResiduals): number[] {
  const entries: number[] = [];
  const { part } = residuals;
  for (let i = 0; i < part.length; i++) if (part[i] === PART_TRAIN) entries.push(i);
  return entries;
}

/** 'heteroscedastic' when the squared training residuals trend with the fitted values. */
export function heteroscedasticWarning(residuals: ScoredResiduals): SummaryWarning | null {
  const entries = trainEntries(residuals);
  const test = breuschPagan(
    entries.map((i) => residuals.fitted[i]!),
    entries.map((i) => residuals.residual[i]!),
  );
  if (test === null || !(test.pValue < HETEROSCEDASTIC_P)) return null;
  const params = { pValue: test.pValue, statistic: test.statistic, rows: test.rows };
  return { code: 'heteroscedastic', params };
}

/** Per training entry, a score and whether it is an outlier, by the rule that fits the model. */
function outlierScores(
  residual: readonly number[],
  model: LinearModel | null,
  design: Matrix | undefined,
): { score: Float64Array; outlier: (i: number) => boolean; method: string } {
  if (model?.kind === 'ols' && design !== undefined && design.rows === residual.length) {
    const { hat, studentized, rank } = olsInfluence(design, residual);
    const limit = (2 * rank) / residual.length;
    const outlier = (i: number) => hat[i]! > limit && Math.abs(studentized[i]!) > STUDENTIZED_LIMIT;
    return { score: studentized, outlier, method: 'leverage' };
  }
  const n = residual.length;
  const mean = residual.reduce((s, r) => s + r, 0) / n;
  const sd = Math.sqrt(residual.reduce((s, r) => s + (r - mean) ** 2, 0) / (n - 1));
  const score = Float64Array.from(residual, (r) => (r - mean) / sd);
  return { score, outlier: (i) => Math.abs(score[i]!) > STANDARDISED_LIMIT, method: 'residual' };
}

/**
 * 'high-leverage-outliers': OLS with its design, rows with leverage above 2p/n and |studentised
 * residual| above 3; other models, |standardised residual| above 4. `rows` lists up to 5 row
 * numbers as a person counts them (table row + 1, as the chart tooltips show), worst first.
 */
export function outlierWarning(
  residuals: ScoredResiduals,
  tableRows: Int32Array | null,
  model: LinearModel | null,
  design?: Matrix,
): SummaryWarning | null {
  const entries = trainEntries(residuals);
  if (entries.length < 3) return null;
  const residual = entries.map((i) => residuals.residual[i]!);
  const { score, outlier, method } = outlierScores(residual, model, design);
  const flagged = [...score.keys()].filter(outlier);
  if (flagged.length === 0) return null;
  flagged.sort((a, b) => Math.abs(score[b]!) - Math.abs(score[a]!));
  const rows =
    tableRows === null
      ? ''
      : flagged
          .slice(0, LISTED_ROWS)
          .map((i) => tableRows[entries[i]!]! + 1)
          .join(', ');
  return { code: 'high-leverage-outliers', params: { count: flagged.length, rows, method } };
}
