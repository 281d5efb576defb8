import * as Comlink from 'comlink';
import { columnsFromWire } from '../core/data/columnsOnWire';
import type { ImportError, ImportOptions } from '../core/data/importTypes';
import { dictionaryReady } from '../core/data/lazyStrings';
import { columnToSend, packedTextBuffers } from '../core/data/textsForRetype';
import type { Column, ColumnType } from '../core/data/table';
import { fail, ok, type Result } from '../core/result';
import { isOutOfMemory } from '../core/training/workerFaults';
import { takeImportFault } from './faultSwitch';
import type {
  ImportedDataset,
  ImportedDatasetOnWire,
  ImportWorkerApi,
  RetypedColumn,
} from './importApi';
import { watchLifeline } from './lifeline';
import { nextTask, runInSlices } from './runInSlices';

function startWorker(): { api: Comlink.Remote<ImportWorkerApi>; worker: Worker } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<ImportWorkerApi>(worker), worker };
}

/** The error for a worker that died or threw: out of memory when its text says so. */
function crashError(error: unknown): Result<never, ImportError> {
  const detail =
    typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : String(error);
  return fail({ code: isOutOfMemory(error) ? 'out-of-memory' : 'worker-crashed', detail });
}

/** The dataset with its strings unpacked in short main-thread tasks (a million rows: many). */
async function datasetFromWire(wire: ImportedDatasetOnWire): Promise<ImportedDataset> {
  const { name, rowCount, report, profiles, piiFindings } = wire;
  // Lazy: a date column's million raw texts stay packed until a save, override or export.
  const columns = await runInSlices(columnsFromWire(wire.columns, true));
  return { table: { name, rowCount, columns }, report, profiles, piiFindings };
}

/** Raised (as a value) when the user cancels; the caller keeps its previous dataset. */
export const CANCELLED = 'cancelled' as const;

/** The worker's answer as it arrived, with the worker already ended (see importFileInWorker). */
async function importInWorker(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Result<ImportedDatasetOnWire, ImportError> | typeof CANCELLED> {
  const { api, worker } = startWorker();
  const lifeline = watchLifeline('import', (name) => api.holdLifeline(name));
  const stopped = new Promise<typeof CANCELLED | Result<never, ImportError>>((resolve) => {
    signal.addEventListener('abort', () => resolve(CANCELLED), { once: true });
    worker.addEventListener('error', (e) => resolve(crashError({ message: e.message })));
    worker.addEventListener('messageerror', () => resolve(crashError('unreadable message')));
    void lifeline.ended.then(() => resolve(crashError('the import worker ended unexpectedly')));
  });
  try {
    if (signal.aborted) return CANCELLED;
    const fault = takeImportFault();
    // Work is sent once the worker holds its lifeline, so that even an early end is noticed.
    const importing = lifeline.held.then<Result<ImportedDatasetOnWire, ImportError>>(() =>
      api.importFile(file, options, Comlink.proxy(onProgress), fault),
    );
    return await Promise.race([importing, stopped]);
  } catch (error) {
    return crashError(error);
  } finally {
    worker.terminate();
  }
}

/**
 * Imports a file in a fresh worker. Aborting the signal terminates the worker at once, whatever
 * it is doing; a worker that crashes, runs out of memory or ends by itself becomes a
 * `worker-crashed` / `out-of-memory` error instead of a hung promise.
 */
export async function importFileInWorker(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<Result<ImportedDataset, ImportError> | typeof CANCELLED> {
  const arrived = await importInWorker(file, options, onProgress, signal);
  if (arrived === CANCELLED || !arrived.ok) return arrived;
  // The worker has ended (its memory freed) before the page unpacks the strings.
  const dataset = await datasetFromWire(arrived.value);
  // Showing the dataset (store update, first render) gets a task of its own rather than
  // finishing the last unpacking slice's.
  await nextTask();
  return signal.aborted ? CANCELLED : ok(dataset);
}

/** Re-types one column off the main thread (a million-row conversion can take a while). */
export async function retypeColumnInWorker(
  column: Column,
  type: ColumnType,
  rowCount: number,
): Promise<RetypedColumn> {
  // Raw texts still packed go as their bytes (the worker decodes them); any other dictionary is
  // cloned as strings, so one still held some other way is decoded in short tasks first.
  const { column: sent, texts } = columnToSend(column);
  if (texts === null) await runInSlices(dictionaryReady(column.raw));
  const { api, worker } = startWorker();
  try {
    const wire = await api.retypeColumn(
      sent,
      type,
      rowCount,
      texts && Comlink.transfer(texts, packedTextBuffers(texts)),
    );
    const [retyped] = await runInSlices(columnsFromWire(wire.column, true));
    if (!retyped) throw new Error('the import worker sent no column back');
    return { ...wire, column: retyped };
  } finally {
    worker.terminate();
  }
}
