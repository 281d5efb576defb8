import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataTable } from '../core/data/table';
import type { ModelKind } from '../core/models/modelTypes';
import type { ModelRequest, TrainingOutcome } from '../core/training/trainingTypes';
import { nextTask } from '../workers/runInSlices';

/** One started (mocked) training worker: the test decides when and how it ends. */
interface StartedTraining {
  readonly kind: ModelKind;
  readonly finish: () => void;
}

const started: StartedTraining[] = [];

// The training worker as the page sees it: it answers when the test says so, and an aborted
// signal ends it at once, as `trainModelInWorker` does by terminating the worker.
vi.mock('../workers/trainClient', () => ({
  TRAINING_CANCELLED: 'cancelled',
  trainModelInWorker: (
    _table: unknown,
    _setup: unknown,
    request: ModelRequest,
    signal: AbortSignal,
  ) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve('cancelled');
      signal.addEventListener('abort', () => resolve('cancelled'), { once: true });
      const outcome = { task: 'regression', kind: request.kind } as unknown as TrainingOutcome;
      started.push({ kind: request.kind, finish: () => resolve({ ok: true, value: outcome }) });
    }),
}));

const table = {
  name: 'shop.csv',
  rowCount: 3,
  columns: [{ name: 'revenue' }, { name: 'spend' }],
} as unknown as DataTable;

/** A fresh store on a machine with `cores` cores, set up to train `models` on `revenue`. */
async function storeOn(cores: number, models: readonly ModelKind[]) {
  vi.resetModules();
  vi.stubGlobal('navigator', { hardwareConcurrency: cores, languages: ['en'] });
  const { useAppStore } = await import('./store');
  useAppStore.setState({
    table,
    targetIndex: 0,
    taskOverride: 'regression',
    features: [{ column: 'spend', included: true }] as never,
    selectedModels: models,
    // The results of a finished run are another slice's concern.
    analyseRun: () => Promise.resolve(),
  });
  return useAppStore;
}

/**
 * Lets the promise callbacks, zero-delay timers and message-channel tasks (`nextTask`) that are
 * due run: a few rounds of both, since the store hops from one kind of task to the other.
 */
const settle = async () => {
  for (let round = 0; round < 3; round++) {
    await nextTask();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
};

const finishLatest = async (kind: ModelKind) => {
  started
    .filter((training) => training.kind === kind)
    .at(-1)
    ?.finish();
  await settle();
};

afterEach(() => {
  started.length = 0;
  vi.unstubAllGlobals();
});

describe('training queue', () => {
  it('trains one model at a time on two cores, the others waiting in order', async () => {
    const store = await storeOn(2, ['linear', 'svm', 'neural']);
    void store.getState().train();
    await settle();
    expect(started.map((training) => training.kind)).toEqual(['linear']);
    expect(store.getState().runs.map((run) => [run.kind, run.status])).toEqual([
      ['linear', 'training'],
    ]);
    expect(store.getState().queuedRuns.map((queued) => queued.kind)).toEqual(['svm', 'neural']);

    await finishLatest('linear');
    expect(started.map((training) => training.kind)).toEqual(['linear', 'svm']);
    expect(store.getState().queuedRuns.map((queued) => queued.kind)).toEqual(['neural']);
    await finishLatest('svm');
    await finishLatest('neural');
    expect(store.getState().runs.map((run) => [run.kind, run.status])).toEqual([
      ['linear', 'done'],
      ['svm', 'done'],
      ['neural', 'done'],
    ]);
    expect(store.getState().trainingController).toBeNull();
  });

  it('starts a model in a task after the train click and after the previous finished run', async () => {
    const store = await storeOn(2, ['linear', 'svm']);
    /** The models started once every promise callback due in the current task has run. */
    const startedInThisTask = async () => {
      for (let hop = 0; hop < 50; hop++) await Promise.resolve();
      return started.map((training) => training.kind);
    };
    void store.getState().train();
    expect(await startedInThisTask()).toEqual([]);
    expect(store.getState().queuedRuns.map((queued) => queued.kind)).toEqual(['linear', 'svm']);
    await settle();
    expect(started.map((training) => training.kind)).toEqual(['linear']);

    let startedWhenLinearDone: Promise<ModelKind[]> | undefined;
    const stop = store.subscribe((state) => {
      const linearDone = state.runs.some((run) => run.kind === 'linear' && run.status === 'done');
      if (linearDone) startedWhenLinearDone ??= startedInThisTask();
    });
    await finishLatest('linear');
    stop();
    expect(await startedWhenLinearDone).toEqual(['linear']);
    expect(started.map((training) => training.kind)).toEqual(['linear', 'svm']);
  });

  it('keeps a queued model its id, so its run follows the runs started before it', async () => {
    const store = await storeOn(2, ['linear', 'svm']);
    void store.getState().train();
    await settle();
    const queuedId = store.getState().queuedRuns[0]?.id;
    await finishLatest('linear');
    expect(store.getState().runs.at(-1)).toMatchObject({ id: queuedId, status: 'training' });
  });

  it('trains every core but one at the same time', async () => {
    const store = await storeOn(4, ['linear', 'svm', 'neural']);
    void store.getState().train();
    await settle();
    expect(started.map((training) => training.kind)).toEqual(['linear', 'svm', 'neural']);
    expect(store.getState().queuedRuns).toEqual([]);
  });

  it('stops the running and the queued models at once on cancel, keeping the finished', async () => {
    const store = await storeOn(2, ['linear', 'svm', 'neural']);
    void store.getState().train();
    await settle();
    await finishLatest('linear');
    store.getState().cancelTraining();
    expect(store.getState().queuedRuns).toEqual([]);
    expect(store.getState().trainingController).toBeNull();
    await settle();
    expect(store.getState().runs.map((run) => [run.kind, run.status])).toEqual([
      ['linear', 'done'],
      ['svm', 'cancelled'],
      ['neural', 'cancelled'],
    ]);
    expect(started.map((training) => training.kind)).toEqual(['linear', 'svm']);
  });

  it('drops the queue of a training that a new one replaces', async () => {
    const store = await storeOn(2, ['linear', 'svm', 'neural']);
    void store.getState().train();
    await settle();
    store.setState({ selectedModels: ['linear'] });
    void store.getState().train();
    await settle();
    await finishLatest('linear');
    await settle();
    expect(store.getState().runs.map((run) => [run.kind, run.status])).toEqual([
      ['linear', 'done'],
    ]);
    expect(started.map((training) => training.kind)).toEqual(['linear', 'linear']);
    expect(store.getState().queuedRuns).toEqual([]);
  });
});
