import type { ColumnType } from '../../../core/data/table';
import { COLUMN_TYPES } from '../../../core/data/table';
import type { ScoringFailure } from '../../../state/resultsTypes';
import { TYPE_LABEL_KEYS } from '../../dataset/typeLabels';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import { importErrorMessage } from '../../import/importMessages';

const SCORE_CODES = [
  'score-missing-columns',
  'score-type-mismatch',
  'score-cannot-prepare',
  'score-model-failed',
  'results-worker-crashed',
] as const;

const isColumnType = (value: unknown): value is ColumnType =>
  COLUMN_TYPES.some((type) => type === value);

/** A column type in the user's language (an unknown word stays as it is). */
function typeName(t: Translate, value: string | number | undefined): string {
  return isColumnType(value) ? t(TYPE_LABEL_KEYS[value]) : String(value ?? '');
}

function scoreText(
  t: Translate,
  file: string,
  code: string,
  params: Record<string, string | number>,
) {
  const known = SCORE_CODES.find((candidate) => candidate === code);
  if (!known) return null;
  const key: MessageKey = `scoring.error.${known}`;
  if (known === 'score-type-mismatch') {
    const expected = typeName(t, params.expected);
    return t(key, { ...params, file, expected, found: typeName(t, params.found) });
  }
  const text = t(key, { column: '', detail: '', reason: '', ...params, file });
  const renamed = known === 'score-missing-columns' ? params.renamed : undefined;
  return renamed ? text + t('scoring.error.renamedHint', { pairs: String(renamed) }) : text;
}

/**
 * Why scoring failed, in the user's language and naming the file; `fallback` (the English
 * message) is shown only for a failure this version has no sentence for.
 */
export function scoringErrorText(
  t: Translate,
  file: string,
  failure: ScoringFailure | null,
  fallback: string | null,
): string {
  if (failure?.kind === 'model-file') {
    return t(`scoring.error.model.${failure.code}`, { file, found: String(failure.found ?? '') });
  }
  if (failure?.kind === 'import') {
    return t('scoring.error.import', { file, reason: importErrorMessage(t, failure.error) });
  }
  const text = failure ? scoreText(t, file, failure.code, { ...failure.params }) : null;
  return text ?? t('scoring.error.other', { file, detail: fallback ?? t('scoring.failed') });
}
