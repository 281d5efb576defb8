import type { LinearModel } from '../../models/linear/linearTypes';
import type { Pipeline } from '../../prep/prepTypes';
import { PART_TRAIN, type SummaryWarning } from '../../results/resultTypes';
import { featureSources } from './featureSources';
import type { Headline } from './headline';
import type { LeakageScore } from './summaryTypes';

/** Variance inflation above which a feature is mostly explained by the others. */
export const VIF_LIMIT = 10;
/** A single column scoring at least this predicts the target almost perfectly on its own. */
export const LEAKAGE_LIMIT = 0.98;
/** Held-out R² below this is no better than predicting the mean. */
export const WEAK_R2 = 0.02;
/** Held-out AUC below this is barely better than guessing. */
export const WEAK_AUC = 0.55;
/** Fewer held-out rows than this make the headline number shaky. */
export const SMALL_TEST_ROWS = 30;

/** 'collinearity' naming the source columns of features with VIF above 10 (OLS tables only). */
export function collinearityWarning(model: LinearModel, pipeline: Pipeline): SummaryWarning | null {
  const sources = featureSources(pipeline);
  const indexOf = new Map(pipeline.featureNames.map((name, index) => [name, index]));
  const columns = new Set<string>();
  let maxVif = 0;
  for (const row of model.table) {
    if (row.vif === null || !(row.vif > VIF_LIMIT)) continue;
    columns.add(sources[indexOf.get(row.feature) ?? -1]?.sourceColumn ?? row.feature);
    maxVif = Math.max(maxVif, row.vif);
  }
  if (columns.size === 0) return null;
  const params = { columns: [...columns].join(', '), count: columns.size, maxVif };
  return { code: 'collinearity', params };
}

/** One 'leakage-suspect' per column whose score alone reaches 0.98, highest first. */
export function leakageWarnings(leakage: readonly LeakageScore[]): SummaryWarning[] {
  return leakage
    .filter((entry) => entry.score >= LEAKAGE_LIMIT)
    .sort((a, b) => b.score - a.score)
    .map((entry) => ({
      code: 'leakage-suspect',
      params: { column: entry.column, score: entry.score },
    }));
}

/** 'weak-model' when the headline is no better than the naive baseline. */
export function weakModelWarning(head: Headline): SummaryWarning | null {
  const weak =
    head.metric === 'r2'
      ? head.value < WEAK_R2
      : head.metric === 'auc'
        ? head.value < WEAK_AUC
        : head.value <= head.baseline;
  if (!weak) return null;
  const { metric, value, baseline, part } = head;
  return { code: 'weak-model', params: { metric, value, baseline, part } };
}

/** 'small-test-set' when fewer than 30 rows were held out (0 when the headline is on training rows). */
export function smallTestSetWarning(head: Headline): SummaryWarning | null {
  const rows = head.part === PART_TRAIN ? 0 : head.rows;
  if (rows >= SMALL_TEST_ROWS) return null;
  return { code: 'small-test-set', params: { rows, part: head.part, minimum: SMALL_TEST_ROWS } };
}
