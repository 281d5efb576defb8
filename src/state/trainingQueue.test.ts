import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelKind } from '../core/models/modelTypes';
import type { ModelRequest, TrainingOutcome } from '../core/training/trainingTypes';
import { settle, storeOnCores } from './testing/storeOnCores';

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

const finishLatest = async (kind: ModelKind) => {
  started
    .filter((training) => training.kind === kind)
    .at(-1)
    ?.finish();
  await settle();
};

/** The store on `cores` cores; the results of a finished run are another slice's concern. */
const storeOn = (cores: number, models: readonly ModelKind[]) =>
  storeOnCores(cores, models, { analyseRun: () => Promise.resolve() });

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
