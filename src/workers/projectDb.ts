import { snapshotFromSave, type SnapshotToSave } from '../core/project';
import type { ProjectFault } from './faultPlan';
import { KEPT_PROJECT_DB, type KeepOutcome } from './projectApi';

/*
 * The project kept in this browser: one IndexedDB database, one store, one record. Only the
 * project worker opens it (the structured clone of a large record is seconds of CPU, which the
 * page's main thread must not pay). Every call opens its own connection and closes it when its
 * transaction is over, so that deleting the database ("forget everything") is never blocked.
 */
const { name: DB_NAME, store: STORE, key: KEY } = KEPT_PROJECT_DB;

/** True for a "storage is full" error, whether thrown by put() or reported by the transaction. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function open(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting the database (forget everything) must not be blocked by us.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

/** Runs one request in its own transaction; resolves when the transaction has committed. */
async function inTransaction<T>(
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      let request: IDBRequest;
      try {
        request = makeRequest(transaction.objectStore(STORE));
      } catch (error) {
        transaction.abort();
        return reject(error instanceof Error ? error : new Error(String(error)));
      }
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onabort = transaction.onerror = () =>
        reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

/** A stand-in for the browser refusing a write: what put() throws when the quota is used up. */
function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Stores the record, replacing the previous one; rejects with the DOMException on failure.
 * `refuse` (a test hook) makes the write fail as a full disk would, inside the transaction.
 */
export function writeKeptRecord(record: unknown, refuse?: () => DOMException): Promise<void> {
  return inTransaction<void>('readwrite', (store) => {
    if (refuse) throw refuse();
    return store.put(record, KEY);
  });
}

/** The stored record as it was written (unchecked: the caller validates it), or undefined. */
export function readKeptRecord(): Promise<unknown> {
  return inTransaction<unknown>('readonly', (store) => store.get(KEY));
}

/** Removes the stored record. */
export function deleteKeptRecord(): Promise<void> {
  return inTransaction<void>('readwrite', (store) => store.delete(KEY));
}

/**
 * Keeps the project the page sent (its table copied for the trip), in the same record shape the
 * page used to store, so that projects kept before still restore. Failures become values.
 */
export async function keepSnapshot(
  saved: SnapshotToSave,
  fault: ProjectFault | null,
): Promise<KeepOutcome> {
  try {
    const refuse = fault?.kind === 'storage-full' ? quotaExceeded : undefined;
    await writeKeptRecord(snapshotFromSave(saved), refuse);
    return { kind: 'kept' };
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'quota' };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { kind: 'failed', detail };
  }
}
