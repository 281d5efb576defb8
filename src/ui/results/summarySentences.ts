import { PART_TRAIN, type SummaryFacts } from '../../core/results/resultTypes';
import type { Translate } from '../i18n/useT';
import { driverSentences, type FormatNumber } from './summaryDrivers';
import { warningSentences, type WarningSentence } from './summaryWarnings';

/** The plain-language summary of a run, worded in the user's language. */
export interface SummarySentences {
  /** One paragraph: what is predicted and how well, against the naive baseline. */
  readonly paragraph: string;
  readonly drivers: readonly string[];
  readonly warnings: readonly WarningSentence[];
}

/** "On 120 unseen rows", or the training rows when nothing was held out. */
function whereMeasured(facts: SummaryFacts, rows: number | null, t: Translate): string {
  if (facts.part === PART_TRAIN) {
    return rows === null
      ? t('results.summary.where.trainNoCount')
      : t('results.summary.where.train', { n: rows });
  }
  return rows === null
    ? t('results.summary.where.heldOutNoCount')
    : t('results.summary.where.heldOut', { n: rows });
}

/** The sentence about the headline metric. */
function metricSentence(facts: SummaryFacts, where: string, t: Translate, fmt: FormatNumber) {
  const percent = (value: number) => fmt(value * 100);
  switch (facts.metric) {
    case 'r2':
      return t('results.summary.r2', {
        where,
        target: facts.target,
        value: percent(facts.value),
        // The mean's R² is ~0 by construction: whole percent, and + 0 turns -0 into 0.
        baseline: fmt(Math.round(facts.baseline * 100) + 0),
      });
    case 'rmse':
      return t('results.summary.rmse', {
        where,
        value: fmt(facts.value),
        baseline: fmt(facts.baseline),
      });
    case 'auc':
      return facts.positiveClass === null
        ? t('results.summary.aucMulti', { where, value: percent(facts.value) })
        : t('results.summary.auc', {
            where,
            positive: facts.positiveClass,
            value: percent(facts.value),
          });
    case 'accuracy':
      return t('results.summary.accuracy', {
        where,
        value: percent(facts.value),
        baseline: percent(facts.baseline),
      });
  }
}

/**
 * Words the summary facts: a paragraph on accuracy against the naive baseline, one sentence per
 * driver and one per warning. `rows` is how many rows the headline was measured on, if known.
 */
export function summarySentences(
  facts: SummaryFacts,
  t: Translate,
  formatNumber: FormatNumber,
  rows: number | null = null,
): SummarySentences {
  const intro = t('results.summary.intro', { target: facts.target });
  const where = whereMeasured(facts, rows, t);
  const metric = metricSentence(facts, where, t, formatNumber);
  const className = facts.positiveClass ?? t('results.summary.modelledClass');
  return {
    paragraph: t('results.summary.paragraph', { intro, metric }),
    drivers: driverSentences(
      facts.drivers,
      facts.task,
      { target: facts.target, className },
      t,
      formatNumber,
    ),
    warnings: warningSentences(facts.warnings, facts.target, t, formatNumber),
  };
}
