import type { RunStatus } from '../../state/trainingSlice';
import type { Translate } from '../i18n/useT';

/** What the training live region says: how many models train, or how the last training ended. */
export function trainingAnnouncement(
  runs: readonly { readonly status: RunStatus }[],
  training: boolean,
  t: Translate,
): string {
  if (training) {
    const count = runs.filter((run) => run.status === 'training').length;
    return t('a11y.training.running', { count });
  }
  if (runs.length === 0) return '';
  const done = runs.filter((run) => run.status === 'done').length;
  return t('a11y.training.finished', { done, failed: runs.length - done });
}
