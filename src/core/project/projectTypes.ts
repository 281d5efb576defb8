import type { ImportReport } from '../data/importTypes';
import type { ColumnProfile } from '../data/profileTypes';
import type { DataTable } from '../data/table';
import type { ModelKind, ModelOptionValues, TaskType } from '../models/modelTypes';
import type { FeatureChoice } from '../prep/defaultFeatures';
import type { TaskInference } from '../prep/inferTask';
import type { ImputeStrategy } from '../prep/prepTypes';
import type {
  BackendChoice,
  LossPoint,
  SplitSettings,
  TrainingOutcome,
} from '../training/trainingTypes';

export const PROJECT_FORMAT = 'sheetsense-project';
export const PROJECT_VERSION = 1;

/** The dataset as imported: the typed table (raw columns included), its report and profiles. */
export interface ProjectDataset {
  readonly table: DataTable;
  readonly report: ImportReport | null;
  readonly profiles: readonly ColumnProfile[];
}

/** The model set-up as the user left it. */
export interface ProjectSetup {
  readonly targetIndex: number | null;
  readonly taskInference: TaskInference | null;
  readonly taskOverride: TaskType | null;
  readonly features: readonly FeatureChoice[];
  readonly impute: ImputeStrategy;
  readonly split: SplitSettings;
  readonly selectedModels: readonly ModelKind[];
  readonly modelOptions: readonly {
    readonly kind: ModelKind;
    readonly values: ModelOptionValues;
  }[];
  readonly backend: BackendChoice;
}

/** A finished training run: the whole outcome (predictions included) and its loss curve. */
export interface ProjectRun {
  readonly kind: ModelKind;
  readonly lossHistory: readonly LossPoint[];
  readonly outcome: TrainingOutcome;
}

/**
 * Everything needed to bring a project back after a reload or on another device. Plain data with
 * typed arrays, so IndexedDB stores it as is and a project file carries it byte for byte.
 */
export interface ProjectSnapshot {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: typeof PROJECT_VERSION;
  /** ISO 8601 time the snapshot was taken. */
  readonly savedAt: string;
  readonly dataset: ProjectDataset;
  readonly setup: ProjectSetup;
  readonly runs: readonly ProjectRun[];
  /** Index into `runs` of the run shown on the results screen. */
  readonly selectedRun: number | null;
}

export type ProjectErrorCode = 'not-a-project' | 'newer-version' | 'corrupt';

/** Why a project file (or stored project) cannot be opened, with an English fallback sentence. */
export interface ProjectError {
  readonly code: ProjectErrorCode;
  readonly message: string;
  /** Where the file is damaged (e.g. `dataset.table.columns[2].codes`), for 'corrupt'. */
  readonly path: string | null;
  /** The file's version, for 'newer-version'. */
  readonly version: number | null;
}
