import type { SummaryWarning } from '../../core/results/resultTypes';
import type { Translate } from '../i18n/useT';
import type { FormatNumber } from './summaryDrivers';

export interface WarningSentence {
  readonly code: SummaryWarning['code'];
  readonly text: string;
}

const numberParam = (params: SummaryWarning['params'], name: string): number => {
  const value = params[name];
  return typeof value === 'number' ? value : Number(value);
};
const textParam = (params: SummaryWarning['params'], name: string): string =>
  String(params[name] ?? '');

/** One warning in words; numbers are formatted here so p-values and scores stay short. */
function warningText(warning: SummaryWarning, target: string, t: Translate, fmt: FormatNumber) {
  const { params } = warning;
  switch (warning.code) {
    case 'heteroscedastic':
      return t('results.summary.warning.heteroscedastic', {
        target,
        p: fmt(numberParam(params, 'pValue')),
      });
    case 'high-leverage-outliers': {
      const rows = textParam(params, 'rows');
      const key =
        params.method === 'leverage'
          ? 'results.summary.warning.high-leverage-outliers'
          : 'results.summary.warning.large-residuals';
      const text = t(key, { count: numberParam(params, 'count') });
      return rows === ''
        ? text
        : t('results.summary.warning.withRows', {
            text,
            rows: t('results.summary.warning.rowsList', { rows }),
          });
    }
    case 'collinearity':
      return t('results.summary.warning.collinearity', {
        columns: textParam(params, 'columns'),
        vif: fmt(numberParam(params, 'maxVif')),
      });
    case 'leakage-suspect':
      return t('results.summary.warning.leakage-suspect', {
        column: textParam(params, 'column'),
        target,
        score: fmt(numberParam(params, 'score') * 100),
      });
    case 'weak-model':
      return t('results.summary.warning.weak-model');
    case 'small-test-set': {
      const rows = numberParam(params, 'rows');
      if (rows === 0) return t('results.summary.warning.nothing-held-out');
      return t('results.summary.warning.small-test-set', {
        rows,
        minimum: numberParam(params, 'minimum'),
      });
    }
  }
}

/** Every warning of the summary in words, keeping its code (for `data-code`). */
export function warningSentences(
  warnings: readonly SummaryWarning[],
  target: string,
  t: Translate,
  formatNumber: FormatNumber,
): WarningSentence[] {
  return warnings.map((warning) => ({
    code: warning.code,
    text: warningText(warning, target, t, formatNumber),
  }));
}
