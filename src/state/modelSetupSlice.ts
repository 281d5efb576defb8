import type { StateCreator } from 'zustand';
import type { DataTable } from '../core/data/table';
import type { ModelKind, ModelOptionValues, TaskType } from '../core/models/modelTypes';
import { defaultFeatures, type FeatureChoice } from '../core/prep/defaultFeatures';
import { inferTask, type TaskInference } from '../core/prep/inferTask';
import type { ImputeStrategy } from '../core/prep/prepTypes';
import type { BackendChoice, SplitSettings } from '../core/training/trainingTypes';
import { piiColumnNames } from './piiSlice';
import type { AppState } from './store';

export interface ModelSetupSlice {
  targetIndex: number | null;
  taskInference: TaskInference | null;
  /** Null while the inferred task stands. */
  taskOverride: TaskType | null;
  features: readonly FeatureChoice[];
  impute: ImputeStrategy;
  split: SplitSettings;
  selectedModels: readonly ModelKind[];
  /** Options per model kind, kept in an array (never object keys derived from data). */
  modelOptions: readonly { readonly kind: ModelKind; readonly values: ModelOptionValues }[];
  backend: BackendChoice;
  resetSetup: (table: DataTable | null) => void;
  setTarget: (index: number) => void;
  setTaskOverride: (task: TaskType | null) => void;
  setFeatureIncluded: (index: number, included: boolean) => void;
  setImpute: (impute: ImputeStrategy) => void;
  setSplit: (patch: Partial<SplitSettings>) => void;
  setModelSelected: (kind: ModelKind, selected: boolean) => void;
  setModelOption: (kind: ModelKind, key: string, value: number | string | boolean) => void;
  setBackend: (backend: BackendChoice) => void;
}

export const DEFAULT_SPLIT: SplitSettings = {
  validationPct: 20,
  testPct: 20,
  seed: 42,
  folds: 0,
  timeColumn: null,
};

/** The task the run will use: the user's override, else the inferred one. */
export function effectiveTask(state: ModelSetupSlice): TaskType | null {
  return state.taskOverride ?? state.taskInference?.task ?? null;
}

/** A sensible first target: the last numeric or boolean column (exports usually end with it). */
function defaultTargetIndex(table: DataTable): number | null {
  for (let index = table.columns.length - 1; index >= 0; index--) {
    const type = table.columns[index]?.type;
    if (type === 'numeric' || type === 'boolean' || type === 'categorical') return index;
  }
  return null;
}

function setupFor(table: DataTable, targetIndex: number | null, piiColumns: readonly string[]) {
  const target = targetIndex === null ? undefined : table.columns[targetIndex];
  const inference = target ? inferTask(target) : null;
  return {
    targetIndex,
    taskInference: inference?.ok ? inference.value : null,
    taskOverride: null,
    features: targetIndex === null ? [] : defaultFeatures(table, targetIndex, piiColumns),
  };
}

export const createModelSetupSlice: StateCreator<AppState, [], [], ModelSetupSlice> = (
  set,
  get,
) => ({
  targetIndex: null,
  taskInference: null,
  taskOverride: null,
  features: [],
  impute: 'median',
  split: DEFAULT_SPLIT,
  selectedModels: ['linear'],
  modelOptions: [],
  backend: 'auto',

  resetSetup: (table) => {
    if (!table) return set({ targetIndex: null, taskInference: null, features: [] });
    set(setupFor(table, defaultTargetIndex(table), piiColumnNames(get())));
  },
  setTarget: (index) => {
    const table = get().table;
    if (table && table.columns[index]) set(setupFor(table, index, piiColumnNames(get())));
  },
  setTaskOverride: (task) => set({ taskOverride: task }),
  setFeatureIncluded: (index, included) =>
    set({
      features: get().features.map((choice) =>
        choice.index === index && choice.reason !== 'target' ? { ...choice, included } : choice,
      ),
    }),
  setImpute: (impute) => set({ impute }),
  setSplit: (patch) => set({ split: { ...get().split, ...patch } }),
  setModelSelected: (kind, selected) => {
    const others = get().selectedModels.filter((k) => k !== kind);
    set({ selectedModels: selected ? [...others, kind] : others });
  },
  setModelOption: (kind, key, value) => {
    const current = get().modelOptions;
    const existing = current.find((entry) => entry.kind === kind)?.values ?? {};
    const values = { ...existing, [key]: value };
    set({ modelOptions: [...current.filter((entry) => entry.kind !== kind), { kind, values }] });
  },
  setBackend: (backend) => set({ backend }),
});
