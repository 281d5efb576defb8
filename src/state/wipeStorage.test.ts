import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appCacheName } from '../serviceWorker/appCache';
import { wipeStorage } from './wipeStorage';

/** Cache Storage as far as wipeStorage uses it: names that can be listed and deleted. */
class FakeCacheStorage {
  constructor(readonly names: Set<string>) {}
  async keys(): Promise<string[]> {
    return [...this.names];
  }
  async delete(name: string): Promise<boolean> {
    return this.names.delete(name);
  }
}

function openDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('wipeStorage', () => {
  let cacheNames: Set<string>;
  const local = { clear: vi.fn() };
  const session = { clear: vi.fn() };

  beforeEach(() => {
    cacheNames = new Set([appCacheName('build1'), 'sheetsense-test', 'someone-else']);
    vi.stubGlobal('caches', new FakeCacheStorage(cacheNames));
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', session);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('clears web storage, IndexedDB and every cache except the app shell', async () => {
    await openDatabase('sheetsense-project');
    await wipeStorage();
    expect(local.clear).toHaveBeenCalled();
    expect(session.clear).toHaveBeenCalled();
    expect(await indexedDB.databases()).toEqual([]);
    expect([...cacheNames]).toEqual([appCacheName('build1')]);
  });
});
