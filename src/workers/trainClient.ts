import * as Comlink from 'comlink';
import type { DataTable } from '../core/data/table';
import type { TrainingProgress } from '../core/models/modelTypes';
import { fail, ok, type Result } from '../core/result';
import { unpackOutcome } from '../core/training/outcomeWire';
import type {
  ModelRequest,
  TrainingFailure,
  TrainingOutcome,
  TrainingSetup,
} from '../core/training/trainingTypes';
import { failureFromThrown, workerCrashedFailure } from '../core/training/workerFaults';
import { takeTrainFault } from './faultSwitch';
import { watchLifeline } from './lifeline';
import { decodeTextsBeforeSending } from './textsBeforeSending';
import type { TrainWorkerApi } from './trainApi';

/** Returned (as a value) when the user cancels; finished runs are unaffected. */
export const TRAINING_CANCELLED = 'cancelled' as const;

/** Only the columns a run reads cross to the worker (copied: the page keeps its table). */
function columnsFor(table: DataTable, setup: TrainingSetup): DataTable {
  const wanted = new Set([setup.target, ...setup.features.map((f) => f.column)]);
  if (setup.split.timeColumn !== null) wanted.add(setup.split.timeColumn);
  return { ...table, columns: table.columns.filter((column) => wanted.has(column.name)) };
}

const crashed = (detail: string): Result<never, TrainingFailure> =>
  fail(workerCrashedFailure(detail));

/**
 * Trains one model in a fresh worker. Aborting the signal terminates the worker at once; a worker
 * that dies (an uncaught error, an unreadable message, or ending by itself, e.g. killed for memory)
 * becomes a `worker-crashed` failure instead of a hung promise. The worker is always terminated
 * afterwards, so a lost GPU context never carries over to the next run.
 */
export async function trainModelInWorker(
  table: DataTable,
  setup: TrainingSetup,
  request: ModelRequest,
  signal: AbortSignal,
  onProgress: (progress: TrainingProgress) => void,
): Promise<Result<TrainingOutcome, TrainingFailure> | typeof TRAINING_CANCELLED> {
  if (signal.aborted) return TRAINING_CANCELLED;
  const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<TrainWorkerApi>(worker);
  const lifeline = watchLifeline('train', (name) => api.holdLifeline(name));
  const stopped = new Promise<typeof TRAINING_CANCELLED | Result<never, TrainingFailure>>(
    (resolve) => {
      signal.addEventListener('abort', () => resolve(TRAINING_CANCELLED), { once: true });
      // An uncaught error's text still tells an allocation failure from other crashes.
      worker.addEventListener('error', (e) =>
        resolve(fail(failureFromThrown({ message: e.message || 'worker error' }, null))),
      );
      worker.addEventListener('messageerror', () => resolve(crashed('unreadable message')));
      void lifeline.ended.then(() => resolve(crashed('the training worker ended unexpectedly')));
    },
  );
  try {
    const data = columnsFor(table, setup);
    const fault = takeTrainFault(request.kind);
    // Work is sent once the worker holds its lifeline, so that even an early end is noticed.
    const training = (async (): Promise<Result<TrainingOutcome, TrainingFailure>> => {
      await lifeline.held;
      await decodeTextsBeforeSending(data);
      const result = await api.train(data, setup, request, Comlink.proxy(onProgress), fault);
      return result.ok ? ok(unpackOutcome(result.value)) : result;
    })();
    return await Promise.race([training, stopped]);
  } catch (error) {
    return fail(failureFromThrown(error, null));
  } finally {
    worker.terminate();
  }
}
