/** Deletes everything this origin keeps in the browser: web storage, IndexedDB, Cache Storage. */
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
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  }
}
