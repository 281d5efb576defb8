/**
 * Every Cache Storage cache the app's service worker owns starts with this prefix. It holds only
 * the app's own built files (never user data), so "forget everything" may keep it.
 */
export const APP_CACHE_PREFIX = 'sheetsense-app-';

/** The name of the cache that holds one build's files. */
export function appCacheName(version: string): string {
  return `${APP_CACHE_PREFIX}${version}`;
}

/** Whether a cache belongs to the app shell (any build), as opposed to anything else stored. */
export function isAppCacheName(name: string): boolean {
  return name.startsWith(APP_CACHE_PREFIX);
}

/** The app-shell caches of older builds; caches that are not ours are never listed. */
export function staleAppCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => isAppCacheName(name) && name !== current);
}
