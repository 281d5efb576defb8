import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { importErrorMessage, importWarningMessage } from './importMessages';

/** The error of the last failed import, and the warnings of the dataset on screen. */
export function ImportFeedback() {
  const t = useT();
  const failure = useAppStore((s) => s.importFailure);
  const warnings = useAppStore((s) => s.report?.warnings);
  return (
    <>
      {failure && (
        <div
          className="import-error"
          role="alert"
          data-testid="import-error"
          data-code={failure.error.code}
        >
          <strong>{t('import.errorTitle', { file: failure.fileName })}</strong>
          <p>{importErrorMessage(t, failure.error)}</p>
        </div>
      )}
      {warnings && warnings.length > 0 && (
        <div className="import-warning" role="status" data-testid="import-warning">
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-code={w.code}>
                {importWarningMessage(t, w)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
