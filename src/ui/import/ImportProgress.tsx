import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

export function ImportProgress() {
  const t = useT();
  const importing = useAppStore((s) => s.importing);
  const cancelImport = useAppStore((s) => s.cancelImport);
  if (!importing) return null;
  const percent = Math.round(importing.progress * 100);
  const label = t('import.reading', { file: importing.fileName });
  return (
    <div className="import-progress">
      <span>{label}</span>
      <div
        className="progress-track"
        role="progressbar"
        data-testid="import-progress"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" data-testid="import-cancel" onClick={cancelImport}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
