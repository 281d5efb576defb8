import * as Comlink from 'comlink';
import type { DataTable } from '../core/data/table';
import type { TrainingProgress } from '../core/models/modelTypes';
import { fail, type Result } from '../core/result';
import type {
  ModelRequest,
  TrainingFailure,
  TrainingOutcome,
  TrainingSetup,
} from '../core/training/trainingTypes';
import type { TrainWorkerApi } from './trainApi';

/** Returned (as a value) when the user cancels; finished runs are unaffected. */
export const TRAINING_CANCELLED = 'cancelled' as const;

/** Only the columns a run reads cross to the worker (copied: the page keeps its table). */
function columnsFor(table: DataTable, setup: TrainingSetup): DataTable {
  const wanted = new Set([setup.target, ...setup.features.map((f) => f.column)]);
  if (setup.split.timeColumn !== null) wanted.add(setup.split.timeColumn);
  return { ...table, columns: table.columns.filter((column) => wanted.has(column.name)) };
}

function crashed(detail: string): Result<never, TrainingFailure> {
  return fail({
    code: 'worker-crashed',
    params: { detail },
    message: `Training stopped unexpectedly (${detail}). The browser may have run out of memory.`,
  });
}

/**
 * Trains one model in a fresh worker. Aborting the signal terminates the worker at once; a worker
 * that dies (an error, out of memory) becomes a `worker-crashed` failure instead of a hung promise.
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
  const stopped = new Promise<typeof TRAINING_CANCELLED | Result<never, TrainingFailure>>(
    (resolve) => {
      signal.addEventListener('abort', () => resolve(TRAINING_CANCELLED), { once: true });
      worker.addEventListener('error', (e) => resolve(crashed(e.message || 'worker error')));
      worker.addEventListener('messageerror', () => resolve(crashed('unreadable message')));
    },
  );
  try {
    const data = columnsFor(table, setup);
    return await Promise.race([
      api.train(data, setup, request, Comlink.proxy(onProgress)),
      stopped,
    ]);
  } catch (error) {
    return crashed(error instanceof Error ? error.message : String(error));
  } finally {
    worker.terminate();
  }
}
