import type { ProjectSnapshot } from '../../core/project';
import { KEPT_PROJECT_DB } from '../../workers/projectApi';

/*
 * A tiny IndexedDB wrapper: one database, one store, one record (the current project). The
 * snapshot is stored as is; the structured clone keeps its typed arrays. The app reads it back in
 * the project worker (projectClient), so the same names are shared with it.
 */
const { name: DB_NAME, store: STORE, key: KEY } = KEPT_PROJECT_DB;

let connection: Promise<IDBDatabase> | null = null;

/** True for a "storage is full" error, whether thrown by put() or reported by the transaction. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function open(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting the database (forget everything) must not be blocked by us.
      db.onversionchange = () => closeProjectDb();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
  const opened = connection;
  opened.catch(() => {
    if (connection === opened) connection = null;
  });
  return opened;
}

/** Runs one request in its own transaction; resolves when the transaction has committed. */
async function inTransaction<T>(
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
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
}

/** Stores the project, replacing the previous one. Rejects with the DOMException on failure. */
export function writeStoredProject(snapshot: ProjectSnapshot): Promise<void> {
  return inTransaction<void>('readwrite', (store) => store.put(snapshot, KEY));
}

/** The stored project as it was written (unchecked: the caller validates it), or undefined. */
export function readStoredProject(): Promise<unknown> {
  return inTransaction<unknown>('readonly', (store) => store.get(KEY));
}

/** Removes the stored project. */
export function deleteStoredProject(): Promise<void> {
  return inTransaction<void>('readwrite', (store) => store.delete(KEY));
}

/** Closes the connection, so that deleting the database is not blocked by this tab. */
export function closeProjectDb(): void {
  const current = connection;
  connection = null;
  void current?.then((db) => db.close()).catch(() => {});
}
