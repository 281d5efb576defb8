import type { TrainingFailure } from '../../core/training/trainingTypes';
import type { Translate } from '../i18n/useT';
import { translateOr } from './translateOr';

/** A failure in the user's language when there is a message for its code, else its English text. */
export function failureText(t: Translate, failure: TrainingFailure): string {
  return translateOr(t, `modeling.error.${failure.code}`, failure.params, failure.message);
}
