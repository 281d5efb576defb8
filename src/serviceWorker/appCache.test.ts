import { describe, expect, it } from 'vitest';
import { appCacheName, isAppCacheName, staleAppCaches } from './appCache';

describe('app-shell cache names', () => {
  it('names one cache per build version, all recognisable as the app shell', () => {
    expect(appCacheName('abc')).not.toBe(appCacheName('def'));
    expect(isAppCacheName(appCacheName('abc'))).toBe(true);
    expect(isAppCacheName('sheetsense-test')).toBe(false);
    expect(isAppCacheName('user-uploads')).toBe(false);
  });

  it('marks only older app-shell caches as stale, never the current one or anyone else’s', () => {
    const current = appCacheName('new');
    const names = [appCacheName('old'), current, 'sheetsense-test', 'other-library-cache'];
    expect(staleAppCaches(names, current)).toEqual([appCacheName('old')]);
  });
});
