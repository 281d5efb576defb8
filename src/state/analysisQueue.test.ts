import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelKind } from '../core/models/modelTypes';
import type { ModelRequest, TrainingOutcome } from '../core/training/trainingTypes';
import { settle, storeOnCores } from './testing/storeOnCores';

/** A job in a (mocked) worker: a training or a run's analysis, ended when the test says so. */
interface StartedJob {
  readonly kind: ModelKind;
  readonly finish: () => void;
}

const trainings: StartedJob[] = [];
const analyses: StartedJob[] = [];

const outcomeOf = (kind: ModelKind) =>
  ({
    task: 'regression',
    kind,
    pipeline: { steps: [{ column: 'spend' }], target: { column: 'revenue' } },
  }) as unknown as TrainingOutcome;

vi.mock('../workers/trainClient', () => ({
  TRAINING_CANCELLED: 'cancelled',
  trainModelInWorker: (_table: unknown, _setup: unknown, request: ModelRequest) =>
    new Promise((resolve) => {
      const value = outcomeOf(request.kind);
      trainings.push({ kind: request.kind, finish: () => resolve({ ok: true, value }) });
    }),
}));

// The results worker as the page sees it: `analyse` answers when the test says so.
vi.mock('../workers/resultsClient', () => ({
  withResultsWorker: (
    _input: unknown,
    call: (api: { analyse: (outcome: TrainingOutcome) => unknown }) => Promise<unknown>,
  ) =>
    call({
      analyse: (outcome) =>
        new Promise((resolve) => {
          const results = { fit: null };
          analyses.push({
            kind: outcome.kind,
            finish: () => resolve({ ok: true, value: results }),
          });
        }),
    }),
}));

const finish = async (jobs: StartedJob[], kind: ModelKind) => {
  jobs.find((job) => job.kind === kind)?.finish();
  await settle();
};

const kinds = (jobs: StartedJob[]) => jobs.map((job) => job.kind);

afterEach(() => {
  trainings.length = 0;
  analyses.length = 0;
  vi.unstubAllGlobals();
});

describe("a finished run's analysis", () => {
  it('waits on two cores until the models queued before it have trained', async () => {
    const store = await storeOnCores(2, ['linear', 'svm']);
    void store.getState().train();
    await settle();
    await finish(trainings, 'linear');
    const linearId = store.getState().runs.find((run) => run.kind === 'linear')?.id ?? -1;
    // The svm trains; the linear model's results wait, shown as being computed.
    expect(kinds(trainings)).toEqual(['linear', 'svm']);
    expect(analyses).toEqual([]);
    expect(store.getState().runResults[linearId]?.status).toBe('computing');

    await finish(trainings, 'svm');
    expect(kinds(analyses)).toEqual(['linear']);
    await finish(analyses, 'linear');
    expect(store.getState().runResults[linearId]?.status).toBe('ready');
    expect(kinds(analyses)).toEqual(['linear', 'svm']);
  });

  it('starts at once when its charts are asked for while the others train', async () => {
    const store = await storeOnCores(2, ['linear', 'svm']);
    void store.getState().train();
    await settle();
    await finish(trainings, 'linear');
    const linearId = store.getState().runs.find((run) => run.kind === 'linear')?.id ?? -1;
    expect(analyses).toEqual([]);
    store.getState().analyseNow(linearId);
    await settle();
    expect(kinds(analyses)).toEqual(['linear']);
    // The svm's, asked for when it finishes, takes the slot the linear model's no longer needs.
    await finish(trainings, 'svm');
    expect(kinds(analyses)).toEqual(['linear', 'svm']);
  });

  it('runs beside a training when a core is free for it', async () => {
    const store = await storeOnCores(4, ['linear', 'svm']);
    void store.getState().train();
    await settle();
    await finish(trainings, 'linear');
    expect(kinds(analyses)).toEqual(['linear']);
  });

  it('is dropped when the results were cleared while it waited', async () => {
    const store = await storeOnCores(2, ['linear', 'svm']);
    void store.getState().train();
    await settle();
    await finish(trainings, 'linear');
    store.getState().clearResults();
    await finish(trainings, 'svm');
    // Only the svm's, asked for after the clearing, reaches the worker.
    expect(kinds(analyses)).toEqual(['svm']);
  });
});
