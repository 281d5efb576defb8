import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { PiiColumnRow } from './PiiColumnRow';
import './pii.css';

/**
 * Columns that hold personal data (`pii-panel`), one `pii-column` each with its action; the key
 * download while any column is pseudonymised; and whether exports show the data unmasked.
 */
export function PiiPanel() {
  const t = useT();
  const findings = useAppStore((s) => s.piiFindings);
  const pseudonymising = useAppStore((s) => s.piiActions.some((a) => a.action === 'pseudonymise'));
  const hasKey = useAppStore((s) => s.piiKey !== null);
  const busy = useAppStore((s) => s.piiBusy);
  const exportRaw = useAppStore((s) => s.piiExportRaw);
  const setPiiExportRaw = useAppStore((s) => s.setPiiExportRaw);
  const exportPiiKey = useAppStore((s) => s.exportPiiKey);
  if (findings.length === 0) return null;
  return (
    <section className="pii-panel" data-testid="pii-panel" aria-labelledby="pii-panel-title">
      <h2 id="pii-panel-title" className="dataset-section-title">
        {t('pii.title')}
      </h2>
      <p className="pii-intro">{t('pii.intro')}</p>
      <ul className="pii-columns">
        {findings.map((finding) => (
          <PiiColumnRow key={finding.columnIndex} finding={finding} />
        ))}
      </ul>
      {busy && (
        <p role="status" className="pii-busy">
          {t('pii.busy')}
        </p>
      )}
      {pseudonymising && hasKey && (
        <p className="pii-key">
          <button type="button" data-testid="pii-key-export" onClick={exportPiiKey}>
            {t('pii.keyExport')}
          </button>{' '}
          <span className="pii-hint">{t('pii.keyHint')}</span>
        </p>
      )}
      <label className="pii-export-raw">
        <input
          type="checkbox"
          data-testid="pii-export-raw"
          checked={exportRaw}
          onChange={(e) => setPiiExportRaw(e.target.checked)}
        />
        {t('pii.exportRaw')}
      </label>
    </section>
  );
}
