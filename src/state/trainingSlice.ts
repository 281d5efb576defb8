import type { StateCreator } from 'zustand';
import type { DataTable } from '../core/data/table';
import type { ModelKind, TrainingProgress } from '../core/models/modelTypes';
import { featureSpecsOf } from '../core/prep/defaultFeatures';
import type {
  BackendChoice,
  LossPoint,
  ModelRequest,
  TrainingFailure,
  TrainingOutcome,
  TrainingSetup,
} from '../core/training/trainingTypes';
import { withReportedEpochs } from '../core/training/coalesceProgress';
import { nextTask } from '../workers/runInSlices';
import { TRAINING_CANCELLED, trainModelInWorker } from '../workers/trainClient';
import { effectiveTask } from './modelSetupSlice';
import { progressBatches } from './progressBatches';
import type { AppState } from './store';
import { workerSlots } from './workerSlots';

export type RunStatus = 'training' | 'done' | 'error' | 'cancelled';

/** One model's training run, from start to its outcome; finished runs stay when others fail. */
export interface ModelRun {
  readonly id: number;
  readonly kind: ModelKind;
  readonly status: RunStatus;
  readonly progress: number; // 0..1
  readonly startedAt: number;
  readonly etaMs: number | null;
  readonly message: string | null;
  readonly lossHistory: readonly LossPoint[];
  readonly outcome: TrainingOutcome | null;
  readonly failure: TrainingFailure | null;
}

/** A model waiting for a free training slot; it becomes a run (same id) when it starts. */
export interface QueuedRun {
  readonly id: number;
  readonly kind: ModelKind;
}

export interface TrainingSlice {
  runs: readonly ModelRun[];
  /** Models waiting to train, in the order they will start. */
  queuedRuns: readonly QueuedRun[];
  /** The run whose charts and tables are shown. */
  selectedRunId: number | null;
  trainingController: AbortController | null;
  setupFailure: TrainingFailure | null;
  train: () => Promise<void>;
  cancelTraining: () => void;
  /** Trains a failed run's model again on `backend` (which becomes the chosen backend). */
  retryRun: (id: number, backend: BackendChoice) => Promise<void>;
  selectRun: (id: number) => void;
  clearRuns: () => void;
}

let nextRunId = 1;

/** A fresh run id, for runs that come back from a saved project. */
export const takeRunId = (): number => nextRunId++;

/** Builds the data side of a run from the current set-up, or says what is missing. */
function currentSetup(state: AppState): TrainingSetup | TrainingFailure {
  const table = state.table;
  const target = state.targetIndex === null ? undefined : table?.columns[state.targetIndex];
  const task = effectiveTask(state);
  if (!table || !target || !task) {
    return { code: 'no-target', params: {}, message: 'Choose a target column first.' };
  }
  const features = featureSpecsOf(state.features);
  if (features.length === 0) {
    return { code: 'no-features', params: {}, message: 'Include at least one feature.' };
  }
  return { target: target.name, task, features, impute: state.impute, split: state.split };
}

/** A run with nothing reported yet, starting now. */
const freshRun = (id: number, kind: ModelKind, status: RunStatus): ModelRun => ({
  id,
  kind,
  status,
  progress: 0,
  startedAt: Date.now(),
  etaMs: null,
  message: null,
  lossHistory: [],
  outcome: null,
  failure: null,
});

function etaFor(run: ModelRun, progress: number, now: number): number | null {
  if (progress <= 0.02) return null;
  return ((now - run.startedAt) / progress) * (1 - progress);
}

export const createTrainingSlice: StateCreator<AppState, [], [], TrainingSlice> = (set, get) => {
  const updateRun = (id: number, patch: (run: ModelRun) => Partial<ModelRun>) =>
    set({ runs: get().runs.map((run) => (run.id === id ? { ...run, ...patch(run) } : run)) });

  /** Queues the model until a slot is free; null when it left the queue meanwhile (cancel). */
  const waitForSlot = async (id: number, kind: ModelKind): Promise<(() => void) | null> => {
    set({ queuedRuns: [...get().queuedRuns, { id, kind }] });
    // Every core but one trains (slots shared with the finished runs' analyses): the page keeps a
    // core for what it draws (on two cores, one model at a time; the others wait in `queuedRuns`).
    const release = await workerSlots.take();
    // A task of its own for the start (its progress row, a new worker): a slot frees in the
    // train click's task, or in the task that renders the previous model's finished row, and
    // either grew by the start (that row's task: 9-11 ms CPU with it, 5-7 without, traces under
    // load).
    await nextTask();
    if (get().queuedRuns.some((queued) => queued.id === id)) {
      set({ queuedRuns: get().queuedRuns.filter((queued) => queued.id !== id) });
      return release;
    }
    release();
    return null;
  };

  const trainOne = async (
    request: ModelRequest,
    setup: TrainingSetup,
    signal: AbortSignal,
  ): Promise<void> => {
    const table = get().table;
    if (!table) return;
    const id = nextRunId++;
    const release = await waitForSlot(id, request.kind);
    if (!release) return;
    try {
      await trainStarted(id, request, setup, table, signal);
    } finally {
      release();
    }
  };

  const trainStarted = async (
    id: number,
    request: ModelRequest,
    setup: TrainingSetup,
    table: DataTable,
    signal: AbortSignal,
  ): Promise<void> => {
    set({ runs: [...get().runs, freshRun(id, request.kind, 'training')] });
    // A fast run reports many times per frame: the store (and so the progress list and the loss
    // chart) takes them as one batch per PROGRESS_APPLY_MS.
    const batches = progressBatches<TrainingProgress>((batch) =>
      updateRun(id, (current) => {
        const last = batch[batch.length - 1]!;
        return {
          progress: last.fraction,
          etaMs: etaFor(current, last.fraction, Date.now()),
          message: last.message ?? null,
          lossHistory: batch.reduce(withReportedEpochs, current.lossHistory),
        };
      }),
    );
    const result = await trainModelInWorker(table, setup, request, signal, batches.add);
    batches.flush();
    // A task of its own for the row the outcome adds: the task that brought the outcome already
    // deserialised and unpacked it (15-22 ms of CPU for an SVM's).
    await nextTask();
    if (result === TRAINING_CANCELLED)
      return updateRun(id, () => ({ status: 'cancelled', etaMs: null }));
    if (!result.ok)
      return updateRun(id, () => ({ status: 'error', failure: result.error, etaMs: null }));
    updateRun(id, () => ({ status: 'done', progress: 1, etaMs: null, outcome: result.value }));
    // Tasks of their own, in this order: selecting the first finished run mounts its details and
    // results view, and starting the results worker and posting the outcome to it, would each
    // lengthen the task that receives the outcome and renders its leaderboard row.
    setTimeout(() => {
      const { selectedRunId, runs } = get();
      if (selectedRunId === null && runs.some((run) => run.id === id)) set({ selectedRunId: id });
    }, 0);
    setTimeout(() => void get().analyseRun(id), 0);
  };

  return {
    runs: [],
    queuedRuns: [],
    selectedRunId: null,
    trainingController: null,
    setupFailure: null,

    train: async () => {
      const state = get();
      const setup = currentSetup(state);
      if ('code' in setup) return set({ setupFailure: setup });
      state.trainingController?.abort();
      const controller = new AbortController();
      // Earlier results stay for comparison only when they answer the same question.
      const kept = get().runs.filter(
        (run) =>
          run.outcome?.pipeline.target.column === setup.target &&
          run.outcome.task === setup.task &&
          !state.selectedModels.includes(run.kind),
      );
      const keptIds = new Set(kept.map((run) => run.id));
      const runResults = Object.fromEntries(
        Object.entries(get().runResults).filter(([id]) => keptIds.has(Number(id))),
      );
      set({
        trainingController: controller,
        setupFailure: null,
        selectedRunId: null,
        runs: kept,
        queuedRuns: [],
        runResults,
      });
      const requests: ModelRequest[] = state.selectedModels.map((kind) => ({
        kind,
        options: state.modelOptions.find((entry) => entry.kind === kind)?.values ?? {},
        backend: state.backend,
      }));
      await Promise.all(requests.map((request) => trainOne(request, setup, controller.signal)));
      if (get().trainingController === controller) set({ trainingController: null });
    },

    cancelTraining: () => {
      get().trainingController?.abort();
      const { runs, queuedRuns } = get();
      set({
        trainingController: null,
        queuedRuns: [],
        // Models that never started show as stopped, like the run cancelled mid-way.
        runs: [...runs, ...queuedRuns.map(({ id, kind }) => freshRun(id, kind, 'cancelled'))],
      });
    },

    retryRun: async (id, backend) => {
      const state = get();
      const failed = state.runs.find((run) => run.id === id);
      const setup = currentSetup(state);
      if (!failed || 'code' in setup) return;
      state.setBackend(backend);
      const controller = state.trainingController ?? new AbortController();
      set({ trainingController: controller, runs: state.runs.filter((run) => run.id !== id) });
      const options = state.modelOptions.find((entry) => entry.kind === failed.kind)?.values ?? {};
      await trainOne({ kind: failed.kind, options, backend }, setup, controller.signal);
      const idle =
        get().queuedRuns.length === 0 && !get().runs.some((run) => run.status === 'training');
      if (idle && get().trainingController === controller) set({ trainingController: null });
    },

    selectRun: (id) => set({ selectedRunId: id }),
    clearRuns: () => set({ runs: [], queuedRuns: [], selectedRunId: null, runResults: {} }),
  };
};
