import type { ImportError } from '../core/data/importTypes';
import type { ModelFileErrorCode } from '../core/modelFile/modelFileHeader';
import type { ColumnMatchReport, ModelFile } from '../core/modelFile/modelFileTypes';
import type { RunResults } from '../core/results/resultTypes';

export type ResultsStatus = 'computing' | 'ready' | 'error';

/** The results screen's data for one finished run, computed in a worker after training. */
export interface RunResultsState {
  readonly status: ResultsStatus;
  readonly results: RunResults | null;
  /** English fallback of why the results could not be computed. */
  readonly error: string | null;
  /** Column the fit chart is drawn against (null until results arrive: then the top driver). */
  readonly fitColumn: string | null;
  /** 'computing' while the fit curve for a newly chosen column is on its way. */
  readonly fitStatus: 'computing' | 'ready';
}

/** The model used for scoring when none of this page's runs is: one loaded from a model file. */
export interface LoadedModel {
  readonly fileName: string;
  readonly file: ModelFile;
}

export type ScoringStatus = 'idle' | 'reading' | 'scoring' | 'done' | 'error';

/** Scoring a new file with the selected run's model (or a loaded model file). */
export interface ScoringState {
  readonly status: ScoringStatus;
  readonly fileName: string | null;
  readonly report: ColumnMatchReport | null;
  readonly scoredRows: number;
  /** Rows that could not be scored (a missing cell in a 'drop-rows' feature). */
  readonly droppedRows: number;
  /** English fallback message when status is 'error'. */
  readonly error: string | null;
  /** Why scoring failed, as codes and parameters the UI says in the user's language. */
  readonly failure: ScoringFailure | null;
}

/** A scoring failure: the model file, the data file's import, or the scoring itself. */
export type ScoringFailure =
  | {
      readonly kind: 'model-file';
      readonly code: ModelFileErrorCode;
      readonly found: string | number | null;
    }
  | { readonly kind: 'import'; readonly error: ImportError }
  | {
      readonly kind: 'score';
      readonly code: string;
      readonly params: Readonly<Record<string, string | number>>;
    };

export type ExportFormat = 'csv' | 'xlsx';

export interface ResultsSlice {
  /** Keyed by run id (numbers we assign, never user data). */
  runResults: Readonly<Record<number, RunResultsState>>;
  loadedModel: LoadedModel | null;
  scoring: ScoringState;
  /** Redraws the fit chart against another feature column (computed in a worker). */
  chooseFitColumn: (runId: number, column: string) => void;
  /** Downloads the run's rows with actual, predicted and residual (or class and probabilities). */
  exportPredictions: (runId: number, format: ExportFormat) => Promise<void>;
  /** Downloads the run's pipeline and model as one JSON model file. */
  exportModel: (runId: number) => void;
  /** Loads a model file saved earlier; it then scores files instead of the selected run. */
  loadModelFile: (file: File) => Promise<void>;
  /** Imports `file` and scores it with the loaded model, else the selected run's model. */
  scoreFile: (file: File) => Promise<void>;
  /** Downloads the last scored file's predictions. */
  downloadScored: (format: ExportFormat) => Promise<void>;
}
