import { useState } from 'react';
import { reportRedactions } from '../../../core/pii/redactText';
import type { ExportFormat } from '../../../state/resultsTypes';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { classificationDiagnosticsOf } from '../classification/rocComparison';
import { downloadHtmlReport } from './exportReport';
import './export.css';

type Pending = 'csv' | 'xlsx' | null;

/**
 * Downloads for one finished run: predictions as CSV or Excel (`export-predictions`,
 * `export-predictions-xlsx`), the model file (`export-model`) and a one-file HTML report of
 * what is on screen (`export-report`).
 */
export function ExportBar({ runId }: { readonly runId: number }) {
  const t = useT();
  const outcome = useAppStore((s) => s.runs.find((run) => run.id === runId)?.outcome ?? null);
  const exportPredictions = useAppStore((s) => s.exportPredictions);
  const exportModel = useAppStore((s) => s.exportModel);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  if (!outcome) return null;

  const predictions = (format: ExportFormat) => {
    setPending(format);
    setError(null);
    exportPredictions(runId, format)
      .catch(() => setError(t('export.failed')))
      .finally(() => setPending(null));
  };

  const report = () => {
    setError(null);
    const state = useAppStore.getState();
    const diagnostics = classificationDiagnosticsOf(state.runResults[runId]);
    try {
      downloadHtmlReport({
        t,
        language: state.language,
        outcome,
        dataName: state.table?.name ?? 'sheetsense',
        confusion: diagnostics?.confusion ?? null,
        redactions: state.piiExportRaw
          ? []
          : reportRedactions(outcome.pipeline.steps, state.piiFindings, state.piiActions),
      });
    } catch {
      setError(t('export.failed'));
    }
  };

  return (
    <div className="export-bar" role="group" aria-label={t('export.title')}>
      <span className="export-bar-title">{t('export.title')}</span>
      <button
        type="button"
        data-testid="export-predictions"
        disabled={pending !== null}
        aria-busy={pending === 'csv'}
        onClick={() => predictions('csv')}
      >
        {t('export.predictionsCsv')}
      </button>
      <button
        type="button"
        data-testid="export-predictions-xlsx"
        disabled={pending !== null}
        aria-busy={pending === 'xlsx'}
        onClick={() => predictions('xlsx')}
      >
        {t('export.predictionsXlsx')}
      </button>
      <button
        type="button"
        data-testid="export-model"
        title={t('export.modelHint')}
        onClick={() => exportModel(runId)}
      >
        {t('export.model')}
      </button>
      <button
        type="button"
        data-testid="export-report"
        title={t('export.reportHint')}
        onClick={report}
      >
        {t('export.report')}
      </button>
      {error !== null && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </div>
  );
}
