import { useId } from 'react';
import { useAppStore } from '../../../state/store';
import { useT } from '../../i18n/useT';
import { ScoreReport } from './ScoreReport';
import './scoring.css';
import { scoringErrorText } from './scoringErrorText';

const DATA_ACCEPT = '.csv,.tsv,.txt,.tab,.xlsx,.xls,text/csv,text/tab-separated-values,text/plain';
const MODEL_ACCEPT = '.json,application/json';

/** The words for the model that will score: the loaded model file, else the selected run's. */
function useModelInUse(): string | null {
  const t = useT();
  const loaded = useAppStore((s) => s.loadedModel);
  const run = useAppStore((s) =>
    s.runs.find((r) => r.id === s.selectedRunId && r.status === 'done' && r.outcome !== null),
  );
  if (loaded) {
    const { file, fileName } = loaded;
    const model = t(`modeling.model.${file.kind}`);
    return t('scoring.usingFile', { file: fileName, model, target: file.target });
  }
  if (run?.outcome) {
    const model = t(`modeling.model.${run.kind}`);
    return t('scoring.usingRun', { model, target: run.outcome.pipeline.target.column });
  }
  return null;
}

/**
 * Scores a new file with the selected run's model or a model file saved earlier
 * (`score-panel`): column check, rows scored, predictions to download. Always shown, so a model
 * file can be loaded into a fresh page.
 */
export function ScorePanel() {
  const t = useT();
  const titleId = useId();
  const scoring = useAppStore((s) => s.scoring);
  const loadModelFile = useAppStore((s) => s.loadModelFile);
  const scoreFile = useAppStore((s) => s.scoreFile);
  const downloadScored = useAppStore((s) => s.downloadScored);
  const modelInUse = useModelInUse();
  const busy = scoring.status === 'reading' || scoring.status === 'scoring';
  const firstFile = (input: HTMLInputElement): File | null => {
    const file = input.files?.[0] ?? null;
    input.value = ''; // so choosing the same file again scores it again
    return file;
  };
  return (
    <section
      className="score-panel"
      data-testid="score-panel"
      aria-labelledby={titleId}
      data-status={scoring.status}
    >
      <h3 id={titleId}>{t('scoring.title')}</h3>
      <p className="setup-note">{t('scoring.explain')}</p>
      <p className="score-model" data-testid="score-model">
        {modelInUse ?? t('scoring.noModel')}
      </p>
      <div className="score-inputs">
        <label className="score-file">
          <span>{t('scoring.chooseData')}</span>
          <input
            type="file"
            data-testid="score-file-input"
            accept={DATA_ACCEPT}
            disabled={busy || modelInUse === null}
            onChange={(event) => {
              const file = firstFile(event.currentTarget);
              if (file) void scoreFile(file);
            }}
          />
        </label>
        <label className="score-file">
          <span>{t('scoring.chooseModel')}</span>
          <input
            type="file"
            data-testid="model-file-input"
            accept={MODEL_ACCEPT}
            disabled={busy}
            onChange={(event) => {
              const file = firstFile(event.currentTarget);
              if (file) void loadModelFile(file);
            }}
          />
        </label>
      </div>
      {busy && (
        <p
          role="status"
          className="score-progress"
          data-testid="score-progress"
          data-status={scoring.status}
        >
          {t(scoring.status === 'reading' ? 'scoring.reading' : 'scoring.scoring', {
            file: scoring.fileName ?? '',
          })}
        </p>
      )}
      {scoring.status === 'error' && (
        <p role="alert" className="score-error" data-testid="score-error">
          {scoringErrorText(t, scoring.fileName ?? '', scoring.failure, scoring.error)}
        </p>
      )}
      {scoring.report && <ScoreReport report={scoring.report} />}
      {scoring.status === 'done' && (
        <div className="score-done">
          <div
            data-testid="score-summary"
            data-rows={String(scoring.scoredRows)}
            data-dropped={String(scoring.droppedRows)}
          >
            <p>
              {t('scoring.summary', { rows: scoring.scoredRows, file: scoring.fileName ?? '' })}
            </p>
            {scoring.droppedRows > 0 && (
              <p className="setup-note">{t('scoring.dropped', { count: scoring.droppedRows })}</p>
            )}
          </div>
          <div className="score-downloads">
            <button
              type="button"
              data-testid="score-download"
              onClick={() => void downloadScored('csv')}
            >
              {t('scoring.downloadCsv')}
            </button>
            <button
              type="button"
              data-testid="score-download-xlsx"
              onClick={() => void downloadScored('xlsx')}
            >
              {t('scoring.downloadXlsx')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
