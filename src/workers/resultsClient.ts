import * as Comlink from 'comlink';
import type { AnalysisFailure } from '../core/analysis/analysisTypes';
import type { DataTable } from '../core/data/table';
import { fail, type Result } from '../core/result';
import { takeResultsFault } from './faultSwitch';
import { watchLifeline } from './lifeline';
import { decodeTextsBeforeSending } from './textsBeforeSending';
import type { ResultsWorkerApi } from './resultsApi';

interface Connection {
  readonly api: Comlink.Remote<ResultsWorkerApi>;
  readonly worker: Worker;
  readonly crashed: Promise<string>;
  /** Resolves once the worker holds its lifeline: work is sent after it, so any end is noticed. */
  readonly held: Promise<void>;
  table: DataTable | null;
  columnsKey: string;
}

let connection: Connection | null = null;

function connect(): Connection {
  if (connection) return connection;
  const worker = new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<ResultsWorkerApi>(worker);
  const lifeline = watchLifeline('results', (name) => api.holdLifeline(name));
  const crashed = new Promise<string>((resolve) => {
    worker.addEventListener('error', (e) => resolve(e.message || 'worker error'));
    worker.addEventListener('messageerror', () => resolve('unreadable message'));
    // A worker that ends by itself (killed for memory) sends no event; its lock is released.
    void lifeline.ended.then(() => resolve('the results worker ended unexpectedly'));
  });
  const fresh: Connection = {
    api,
    worker,
    crashed,
    held: lifeline.held,
    table: null,
    columnsKey: '',
  };
  connection = fresh;
  void crashed.then(() => {
    if (connection === fresh) connection = null;
    worker.terminate();
  });
  return fresh;
}

const crashedFailure = (detail: string): AnalysisFailure => ({
  code: 'results-worker-crashed',
  params: { detail },
  message: `Computing the results stopped unexpectedly (${detail}). The browser may have run out of memory.`,
});

/** The table with only `columns` (all when null): large ID columns cross threads only when needed. */
function tableWith(table: DataTable, columns: readonly string[] | null): DataTable {
  if (columns === null) return table;
  const wanted = new Set(columns);
  return { ...table, columns: table.columns.filter((column) => wanted.has(column.name)) };
}

/**
 * Runs one call on the results worker, which keeps a copy of `table` restricted to `columns` (sent
 * again only when the dataset or the columns change). A crash or a thrown error becomes a failure
 * value; the next call starts a fresh worker.
 */
export function withResultsWorker<T, E extends AnalysisFailure = AnalysisFailure>(
  data: { table: DataTable; columns: readonly string[] | null } | null,
  call: (api: Comlink.Remote<ResultsWorkerApi>) => Promise<Result<T, E>>,
): Promise<Result<T, E | AnalysisFailure>> {
  // One call at a time: the table a call relies on must not be swapped by another call's setTable.
  const next = queue.then(() => runOne(data, call));
  queue = next.then(
    () => undefined,
    () => undefined,
  );
  return next;
}

let queue: Promise<void> = Promise.resolve();

async function runOne<T, E extends AnalysisFailure>(
  data: { table: DataTable; columns: readonly string[] | null } | null,
  call: (api: Comlink.Remote<ResultsWorkerApi>) => Promise<Result<T, E>>,
): Promise<Result<T, E | AnalysisFailure>> {
  const current = connect();
  const work = async (): Promise<Result<T, E | AnalysisFailure>> => {
    await current.held;
    const fault = takeResultsFault();
    if (fault !== null) await current.api.injectFault(fault);
    const key = data?.columns === null ? '*' : (data?.columns.join('\u0000') ?? '');
    if (data !== null && (current.table !== data.table || current.columnsKey !== key)) {
      const superset = current.table === data.table && current.columnsKey === '*';
      if (!superset) {
        const sent = tableWith(data.table, data.columns);
        await decodeTextsBeforeSending(sent);
        await current.api.setTable(sent);
        current.table = data.table;
        current.columnsKey = key;
      }
    }
    return call(current.api);
  };
  try {
    // Sending the table is raced too: a worker that dies while receiving it must not hang the call.
    const crashed = current.crashed.then((detail) => fail(crashedFailure(detail)));
    return await Promise.race([work(), crashed]);
  } catch (error) {
    return fail(crashedFailure(error instanceof Error ? error.message : String(error)));
  }
}

/** Stops the results worker (e.g. when everything is forgotten); the next call starts a new one. */
export function stopResultsWorker(): void {
  connection?.worker.terminate();
  connection = null;
}
