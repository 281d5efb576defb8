import type { TrainingFailure } from '../../core/training/trainingTypes';
import type { MessageKey } from '../i18n/messages';
import { en } from '../i18n/messages';
import type { Translate } from '../i18n/useT';

/** A failure in the user's language when there is a message for its code, else its English text. */
export function failureText(t: Translate, failure: TrainingFailure): string {
  const key = `modeling.error.${failure.code}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey, failure.params) : failure.message;
}
