import { isAppCacheName } from '../serviceWorker/appCache';

/**
 * Deletes everything this origin keeps in the browser: web storage, IndexedDB, Cache Storage.
 * The app-shell cache stays: it holds only the app's own files, so the app still runs offline.
 */
export async function wipeStorage(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve) => {
          if (!name) return resolve();
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
  if ('caches' in globalThis) {
    const keys = (await caches.keys()).filter((key) => !isAppCacheName(key));
    await Promise.all(keys.map((key) => caches.delete(key)));
  }
}
