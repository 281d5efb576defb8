import type { AnalysisFailure } from '../core/analysis/analysisTypes';
import type { DataTable } from '../core/data/table';
import type { ColumnMatchReport, ModelFile } from '../core/modelFile/modelFileTypes';
import type { ScoredTable } from '../core/modelFile/scoreTable';
import type { Result } from '../core/result';
import type { CrashFault } from './faultPlan';
import type { FitCurve, RunResults } from '../core/results/resultTypes';
import type { TrainingOutcome } from '../core/training/trainingTypes';

export type ExportFormat = 'csv' | 'xlsx';

/** A file that could not be scored, with how its columns matched (to show what is missing). */
export interface ScoreFailure extends AnalysisFailure {
  readonly report: ColumnMatchReport;
}

/**
 * What the results worker exposes (Comlink). It keeps the current dataset (sent once with
 * `setTable`) so that each call only carries a run's outcome.
 */
export interface ResultsWorkerApi {
  /** Holds a Web Lock named `name` until the worker ends (see lifeline.ts). */
  holdLifeline(name: string): Promise<void>;
  /** Test hook (see faultPlan.ts): makes this worker crash the way `fault` says. */
  injectFault(fault: CrashFault): void;
  setTable(table: DataTable): void;
  analyse(
    outcome: TrainingOutcome,
    fitColumn: string | null,
  ): Promise<Result<RunResults, AnalysisFailure>>;
  fitCurve(outcome: TrainingOutcome, column: string): Promise<Result<FitCurve, AnalysisFailure>>;
  exportPredictions(
    outcome: TrainingOutcome,
    format: ExportFormat,
  ): Promise<Uint8Array<ArrayBuffer>[]>;
  /** Scores `table` (a newly imported file) with a model file; the scored file stays in the worker. */
  score(file: ModelFile, table: DataTable): Promise<Result<ScoredTable, ScoreFailure>>;
  /** The last scored file's rows with their predictions. */
  exportScored(format: ExportFormat): Promise<Uint8Array<ArrayBuffer>[]>;
}
