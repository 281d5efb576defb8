import { APP_SHELL_PATH, type PrecacheManifest } from './precacheManifest';

/** The parts of a fetch the worker decides on (a plain object in tests, a Request at runtime). */
export interface RoutableRequest {
  method: string;
  url: string;
  mode: string;
}

/**
 * What the worker does with a request: answer a precached file from the cache, answer a page
 * navigation (network first, the cached index.html when offline), or stay out of it entirely.
 */
export type Route =
  { kind: 'precached'; url: string } | { kind: 'app-shell' } | { kind: 'network' };

/** The absolute URLs of a manifest's files under a worker scope (e.g. `https://host/app/`). */
export function precachedUrls(manifest: PrecacheManifest, scope: string): Set<string> {
  return new Set(manifest.entries.map((entry) => new URL(entry.url, scope).href));
}

/** The absolute URL of the page navigations fall back to. */
export function appShellUrl(scope: string): string {
  return new URL(APP_SHELL_PATH, scope).href;
}

/** Decides how the worker treats one request; anything not ours goes to the network untouched. */
export function routeRequest(
  request: RoutableRequest,
  scope: string,
  precached: ReadonlySet<string>,
): Route {
  if (request.method !== 'GET') return { kind: 'network' };
  const url = new URL(request.url);
  const scopeUrl = new URL(scope);
  if (url.origin !== scopeUrl.origin || !url.pathname.startsWith(scopeUrl.pathname)) {
    return { kind: 'network' };
  }
  url.hash = '';
  const isFile = precached.has(url.href) && url.href !== appShellUrl(scope);
  if (request.mode === 'navigate')
    return isFile ? { kind: 'precached', url: url.href } : { kind: 'app-shell' };
  return precached.has(url.href) ? { kind: 'precached', url: url.href } : { kind: 'network' };
}
