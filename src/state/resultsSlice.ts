import type { StateCreator } from 'zustand';
import type { AnalysisFailure } from '../core/analysis/analysisTypes';
import { buildModelFile, parseModelFile, serialiseModelFile } from '../core/modelFile';
import type { ScoredTable } from '../core/modelFile/scoreTable';
import type { Result } from '../core/result';
import { queuedOrNow } from '../core/training/trainingSlots';
import type { TrainingOutcome } from '../core/training/trainingTypes';
import { CANCELLED, importFileInWorker } from '../workers/importClient';
import type { ScoreFailure } from '../workers/resultsApi';
import { withResultsWorker } from '../workers/resultsClient';
import { piiExportTable, scoringTable } from './piiExport';
import type { RunResultsState, ResultsSlice, ScoringState } from './resultsTypes';
import { baseName, MIME, saveFile } from './saveFile';
import type { AppState } from './store';
import { workerSlots } from './workerSlots';

const IDLE_SCORING: ScoringState = {
  status: 'idle',
  fileName: null,
  report: null,
  scoredRows: 0,
  droppedRows: 0,
  error: null,
  failure: null,
};

/** Columns a run's results read: its features and target (an ID column stays on the page). */
const columnsOf = (outcome: TrainingOutcome) => [
  ...outcome.pipeline.steps.map((step) => step.column),
  outcome.pipeline.target.column,
];

export interface ResultsActions {
  /** Computes a finished run's charts, importance and summary in the results worker. */
  analyseRun: (runId: number) => Promise<void>;
  /** Starts a run's analysis at once if it is waiting for a worker slot (its charts were asked for). */
  analyseNow: (runId: number) => void;
  clearResults: () => void;
}

export const createResultsSlice: StateCreator<AppState, [], [], ResultsSlice & ResultsActions> = (
  set,
  get,
) => {
  const patchRun = (runId: number, patch: Partial<RunResultsState>) => {
    const current = get().runResults[runId];
    if (current) set({ runResults: { ...get().runResults, [runId]: { ...current, ...patch } } });
  };
  /** Analyses waiting for a worker slot, by run: the call that starts each at once. */
  const waitingAnalyses = new Map<number, () => void>();
  const outcomeOf = (runId: number) => get().runs.find((run) => run.id === runId)?.outcome ?? null;
  const onTable = <T>(
    outcome: TrainingOutcome,
    all: boolean,
    call: Parameters<typeof withResultsWorker<T>>[1],
  ): Promise<Result<T, AnalysisFailure>> | null => {
    const table = get().table;
    if (!table) return null;
    return withResultsWorker({ table, columns: all ? null : columnsOf(outcome) }, call);
  };

  return {
    runResults: {},
    loadedModel: null,
    scoring: IDLE_SCORING,

    analyseRun: async (runId) => {
      const outcome = outcomeOf(runId);
      if (!outcome) return;
      const entry: RunResultsState = {
        status: 'computing',
        results: null,
        error: null,
        fitColumn: null,
        fitStatus: 'computing',
      };
      set({ runResults: { ...get().runResults, [runId]: entry } });
      // It takes a worker slot like a training: on two cores it runs once the models queued
      // before it have trained, so the page keeps its core while they train; unless its charts
      // are asked for meanwhile (`analyseNow`).
      const queued = queuedOrNow(workerSlots);
      waitingAnalyses.set(runId, queued.now);
      const release = await queued.slot;
      if (waitingAnalyses.get(runId) === queued.now) waitingAnalyses.delete(runId);
      // Cleared, or asked again, while it waited: nothing to do.
      const analysis =
        get().runResults[runId] === entry
          ? onTable(outcome, false, (api) => api.analyse(outcome, null))
          : null;
      const result = await analysis?.finally(release);
      if (!analysis) release();
      if (!result) return;
      if (!result.ok) return patchRun(runId, { status: 'error', error: result.error.message });
      const results = result.value;
      patchRun(runId, {
        status: 'ready',
        results,
        fitColumn: results.fit?.column ?? null,
        fitStatus: 'ready',
      });
    },

    analyseNow: (runId) => waitingAnalyses.get(runId)?.(),

    clearResults: () => set({ runResults: {} }),

    chooseFitColumn: (runId, column) => {
      const outcome = outcomeOf(runId);
      const current = get().runResults[runId];
      if (!outcome || !current?.results) return;
      patchRun(runId, { fitColumn: column, fitStatus: 'computing' });
      void onTable(outcome, false, (api) => api.fitCurve(outcome, column))?.then((result) => {
        const latest = get().runResults[runId];
        if (!latest?.results || latest.fitColumn !== column) return; // superseded
        if (!result.ok) return patchRun(runId, { fitStatus: 'ready', error: result.error.message });
        patchRun(runId, { fitStatus: 'ready', results: { ...latest.results, fit: result.value } });
      });
    },

    exportPredictions: async (runId, format) => {
      const outcome = outcomeOf(runId);
      const table = get().table;
      if (!outcome || !table) return;
      // Kept PII columns go out masked unless the user ticked "export unmasked".
      const exported = { table: piiExportTable(get()) ?? table, columns: null };
      const result = await withResultsWorker(exported, async (api) => ({
        ok: true as const,
        value: await api.exportPredictions(outcome, format),
      }));
      if (!result?.ok) return;
      const name = `${baseName(table.name)}-${outcome.kind}-predictions.${format}`;
      saveFile(result.value, name, MIME[format]);
    },

    exportModel: (runId) => {
      const outcome = outcomeOf(runId);
      const table = get().table;
      if (!outcome || !table) return;
      const file = buildModelFile(outcome, table, new Date());
      const name = `${baseName(table.name)}-${outcome.kind}-model.json`;
      saveFile([serialiseModelFile(file)], name, MIME.json);
    },

    loadModelFile: async (file) => {
      const parsed = parseModelFile(await file.text());
      if (!parsed.ok) {
        const error = `${file.name}: ${parsed.error.message}`;
        const { code, found } = parsed.error;
        const failure = { kind: 'model-file' as const, code, found };
        return set({
          scoring: { ...IDLE_SCORING, status: 'error', fileName: file.name, error, failure },
        });
      }
      set({ loadedModel: { fileName: file.name, file: parsed.value }, scoring: IDLE_SCORING });
    },

    scoreFile: async (file) => {
      const state = get();
      const outcome = state.runs.find((run) => run.id === state.selectedRunId)?.outcome ?? null;
      const model =
        state.loadedModel?.file ??
        (outcome && state.table ? buildModelFile(outcome, state.table, new Date()) : null);
      if (!model) return;
      set({ scoring: { ...IDLE_SCORING, status: 'reading', fileName: file.name } });
      const imported = await importFileInWorker(file, {}, () => {}, new AbortController().signal);
      if (imported === CANCELLED) return set({ scoring: IDLE_SCORING });
      if (!imported.ok) {
        const error = `${file.name}: could not be read (${imported.error.code}).`;
        const failure = { kind: 'import' as const, error: imported.error };
        return set({ scoring: { ...get().scoring, status: 'error', error, failure } });
      }
      set({ scoring: { ...get().scoring, status: 'scoring' } });
      // Masked or pseudonymised as in training; PII the model does not read goes in masked.
      const prepared = await scoringTable(imported.value.table, model, get());
      const scored = await withResultsWorker<ScoredTable, ScoreFailure | AnalysisFailure>(
        null,
        (api) => api.score(model, prepared),
      );
      if (!scored.ok) {
        const error = `${file.name}: ${scored.error.message}`;
        const report = 'report' in scored.error ? scored.error.report : null;
        const { code, params } = scored.error;
        const failure = { kind: 'score' as const, code, params };
        return set({ scoring: { ...get().scoring, status: 'error', error, report, failure } });
      }
      const { report, rows, droppedRows } = scored.value;
      set({
        scoring: {
          status: 'done',
          fileName: file.name,
          report,
          scoredRows: rows.length,
          droppedRows,
          error: null,
          failure: null,
        },
      });
    },

    downloadScored: async (format) => {
      const { scoring } = get();
      if (scoring.status !== 'done' || scoring.fileName === null) return;
      const result = await withResultsWorker(null, async (api) => ({
        ok: true as const,
        value: await api.exportScored(format),
      }));
      if (!result.ok) return;
      saveFile(result.value, `${baseName(scoring.fileName)}-scored.${format}`, MIME[format]);
    },
  };
};
