import * as Comlink from 'comlink';
import type { ImportError, ImportOptions } from '../core/data/importTypes';
import type { Column, ColumnType } from '../core/data/table';
import { fail, type Result } from '../core/result';
import type { ImportedDataset, ImportWorkerApi, RetypedColumn } from './importApi';

function startWorker(): { api: Comlink.Remote<ImportWorkerApi>; worker: Worker } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<ImportWorkerApi>(worker), worker };
}

/** Raised (as a value) when the user cancels; the caller keeps its previous dataset. */
export const CANCELLED = 'cancelled' as const;

/**
 * Imports a file in a fresh worker. Aborting the signal terminates the worker at once, whatever
 * it is doing; a crashed worker becomes a `read-failed` error instead of a hung promise.
 */
export async function importFileInWorker(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Result<ImportedDataset, ImportError> | typeof CANCELLED> {
  const { api, worker } = startWorker();
  const stopped = new Promise<typeof CANCELLED | Result<never, ImportError>>((resolve) => {
    signal.addEventListener('abort', () => resolve(CANCELLED), { once: true });
    worker.addEventListener('error', (e) =>
      resolve(fail({ code: 'read-failed', detail: e.message || 'worker crashed' })),
    );
  });
  try {
    if (signal.aborted) return CANCELLED;
    return await Promise.race([api.importFile(file, options, Comlink.proxy(onProgress)), stopped]);
  } catch (error) {
    return fail({
      code: 'read-failed',
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    worker.terminate();
  }
}

/** Re-types one column off the main thread (a million-row conversion can take a while). */
export async function retypeColumnInWorker(
  column: Column,
  type: ColumnType,
  rowCount: number,
): Promise<RetypedColumn> {
  const { api, worker } = startWorker();
  try {
    return await api.retypeColumn(column, type, rowCount);
  } finally {
    worker.terminate();
  }
}
