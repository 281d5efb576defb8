import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { trainingAnnouncement } from './trainingAnnouncement';

/**
 * A polite live region (`training-announcer`) that tells screen reader users when training
 * starts and ends; it is always in the page, so the change of text is what gets read.
 */
export function TrainingAnnouncer() {
  const t = useT();
  const runs = useAppStore((s) => s.runs);
  const training = useAppStore((s) => s.trainingController !== null);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="training-announcer"
    >
      {trainingAnnouncement(runs, training, t)}
    </div>
  );
}
