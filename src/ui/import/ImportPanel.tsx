import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { ImportFeedback } from './ImportFeedback';
import { ImportProgress } from './ImportProgress';
import { ImportSettings } from './ImportSettings';

const ACCEPT = '.csv,.tsv,.txt,.tab,.xlsx,.xls,text/csv,text/tab-separated-values,text/plain';

/** Where a marketer brings data in: drop zone, file picker, sample, and what happened. */
export function ImportPanel() {
  const t = useT();
  const importFiles = useAppStore((s) => s.importFiles);
  const loadSample = useAppStore((s) => s.loadSample);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="import-panel" aria-label={t('import.dropHere')}>
      <div
        className="drop-zone"
        data-testid="drop-zone"
        role="button"
        tabIndex={0}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            input.current?.click();
          }
        }}
      >
        <strong>{t('import.dropHere')}</strong>
        <span className="drop-zone-hint">{t('import.formats')}</span>
        <span className="drop-zone-button">{t('import.choose')}</span>
      </div>
      {/* Outside the drop zone: a focusable input inside a button is a nested control. */}
      <input
        ref={input}
        type="file"
        data-testid="file-input"
        accept={ACCEPT}
        className="visually-hidden"
        aria-label={t('import.choose')}
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void importFiles(files);
        }}
      />
      <div className="import-actions">
        <button type="button" data-testid="load-sample" onClick={() => void loadSample()}>
          {t('import.loadSample')}
        </button>
        <ImportSettings />
      </div>
      <ImportProgress />
      <ImportFeedback />
    </section>
  );
}
