import * as Comlink from 'comlink';
import { analyseRun, fitCurveFor } from '../core/analysis/analyseRun';
import { exportRunPredictions, exportScoredTable } from '../core/analysis/exportPredictions';
import type { DataTable } from '../core/data/table';
import type { ModelFile } from '../core/modelFile/modelFileTypes';
import { matchColumns } from '../core/modelFile/matchColumns';
import { scoreTable, type ScoredTable } from '../core/modelFile/scoreTable';
import { scoreErrorParams } from '../core/modelFile/scoreErrorParams';
import { fail, ok } from '../core/result';
import { crashWorker } from './faultPlan';
import { holdLifeline } from './lifeline';
import type { ResultsWorkerApi } from './resultsApi';

let table: DataTable | null = null;
let lastScored: { file: ModelFile; table: DataTable; scored: ScoredTable } | null = null;

const noTable = () =>
  fail({ code: 'no-table', params: {}, message: 'No dataset is loaded in the results worker.' });

/** Sends byte parts without copying them. */
const transferred = (parts: Uint8Array<ArrayBuffer>[]) =>
  Comlink.transfer(
    parts,
    parts.map((part) => part.buffer),
  );

const api: ResultsWorkerApi = {
  holdLifeline,
  injectFault: (fault) => crashWorker(fault.how),
  setTable(next) {
    table = next;
  },
  async analyse(outcome, fitColumn) {
    return table ? analyseRun(table, outcome, fitColumn) : noTable();
  },
  async fitCurve(outcome, column) {
    return table ? fitCurveFor(table, outcome, column) : noTable();
  },
  async exportPredictions(outcome, format) {
    if (!table) throw new Error('No dataset is loaded in the results worker.');
    return transferred(exportRunPredictions(table, outcome, format));
  },
  async score(file, scoredTable) {
    const scored = scoreTable(file, scoredTable);
    if (!scored.ok) {
      const { code, message } = scored.error;
      const report = matchColumns(file, scoredTable);
      const params = scoreErrorParams(scored.error);
      return fail({ code: `score-${code}`, params, message, report });
    }
    lastScored = { file, table: scoredTable, scored: scored.value };
    return ok(scored.value);
  },
  async exportScored(format) {
    if (!lastScored) throw new Error('Nothing has been scored yet.');
    const { file, table: scoredTable, scored } = lastScored;
    return transferred(exportScoredTable(scoredTable, scored, file.task, file.target, format));
  },
};

Comlink.expose(api);
