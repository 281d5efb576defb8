// The app's service worker: precaches one build's files so the app runs with the network off.
// It stores nothing but those files, never user data, and never touches other origins.
import { appCacheName, staleAppCaches } from './appCache';
import type { PrecacheManifest } from './precacheManifest';
import { isPrecacheStatusRequest, type PrecacheStatus } from './protocol';
import { appShellUrl, precachedUrls, routeRequest } from './requestRouting';

// Replaced at build time by build/serviceWorker.ts with the list of files in the output folder.
declare const __SHEETSENSE_PRECACHE__: PrecacheManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const manifest = __SHEETSENSE_PRECACHE__;
const cacheName = appCacheName(manifest.version);
const scope = worker.registration.scope;
const precached = precachedUrls(manifest, scope);

/** Fetches every file, checked against its build-time hash; one failure fails the install. */
async function precacheAll(): Promise<void> {
  const cache = await caches.open(cacheName);
  const requests = manifest.entries.map(
    (entry) =>
      new Request(new URL(entry.url, scope).href, { cache: 'reload', integrity: entry.integrity }),
  );
  await cache.addAll(requests);
}

async function fromCache(url: string, request: Request): Promise<Response> {
  const cached = await caches.match(url, { cacheName });
  return cached ?? fetch(request);
}

/** Pages come from the network while there is one, so an online reload always gets the latest. */
async function appShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(appShellUrl(scope), { cacheName });
    if (!cached) throw error;
    // Some hosts redirect /index.html to /; browsers refuse a redirected answer to a navigation.
    return cached.redirected ? new Response(cached.body, cached) : cached;
  }
}

async function precacheStatus(pageScript: string): Promise<PrecacheStatus> {
  // caches.match rather than caches.open: asking must not create an empty cache.
  const found = await Promise.all([...precached].map((url) => caches.match(url, { cacheName })));
  return {
    version: manifest.version,
    total: precached.size,
    cached: found.filter((response) => response !== undefined).length,
    coversPage: precached.has(pageScript),
  };
}

worker.addEventListener('install', (event) => {
  // The first worker takes over at once; a newer build waits until no page runs the old one,
  // so an open page never loses the files it may still load lazily.
  const takeOver = worker.registration.active === null;
  event.waitUntil(precacheAll().then(() => (takeOver ? worker.skipWaiting() : undefined)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = staleAppCaches(await caches.keys(), cacheName);
      await Promise.all(stale.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const route = routeRequest(event.request, scope, precached);
  if (route.kind === 'precached') event.respondWith(fromCache(route.url, event.request));
  if (route.kind === 'app-shell') event.respondWith(appShell(event.request));
});

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || !isPrecacheStatusRequest(event.data)) return;
  event.waitUntil(precacheStatus(event.data.pageScript).then((status) => port.postMessage(status)));
});
