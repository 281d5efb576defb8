import { describe, expect, it } from 'vitest';
import type { PrecacheManifest } from './precacheManifest';
import { precachedUrls, routeRequest, type RoutableRequest } from './requestRouting';

const ORIGIN = 'http://127.0.0.1:4173';
const SCOPE = `${ORIGIN}/`;
const MANIFEST: PrecacheManifest = {
  version: '0123456789abcdef',
  entries: [
    'assets/index-a1.js',
    'assets/tfjs-backend-wasm-c3.wasm',
    'index.html',
    'samples/customers.csv',
  ].map((url) => ({ url, integrity: 'sha256-x' })),
};
const PRECACHED = precachedUrls(MANIFEST, SCOPE);

const get = (url: string): RoutableRequest => ({ method: 'GET', url, mode: 'cors' });
const navigate = (url: string): RoutableRequest => ({ method: 'GET', url, mode: 'navigate' });

describe('routeRequest', () => {
  it('answers every page navigation, whatever its path or query, with the app shell', () => {
    for (const url of [
      `${ORIGIN}/`,
      `${ORIGIN}/?sample=customers`,
      `${ORIGIN}/index.html`,
      `${ORIGIN}/#results`,
      `${ORIGIN}/some/deep/link?lang=zh`,
    ]) {
      expect(routeRequest(navigate(url), SCOPE, PRECACHED)).toEqual({ kind: 'app-shell' });
    }
  });

  it('serves a precached file from the cache, whether fetched or opened directly', () => {
    const csv = `${ORIGIN}/samples/customers.csv`;
    const wasm = `${ORIGIN}/assets/tfjs-backend-wasm-c3.wasm`;
    expect(routeRequest(get(wasm), SCOPE, PRECACHED)).toEqual({ kind: 'precached', url: wasm });
    expect(routeRequest(navigate(csv), SCOPE, PRECACHED)).toEqual({ kind: 'precached', url: csv });
  });

  it('leaves same-origin files that are not precached to the network', () => {
    for (const url of [`${ORIGIN}/sw.js`, `${ORIGIN}/assets/index-a1.js?v=2`, `${ORIGIN}/api`]) {
      expect(routeRequest(get(url), SCOPE, PRECACHED)).toEqual({ kind: 'network' });
    }
  });

  it('never touches another origin, even for a path that is precached here', () => {
    for (const url of ['https://cdn.example.com/assets/index-a1.js', 'http://127.0.0.1:9999/']) {
      expect(routeRequest(get(url), SCOPE, PRECACHED)).toEqual({ kind: 'network' });
      expect(routeRequest(navigate(url), SCOPE, PRECACHED)).toEqual({ kind: 'network' });
    }
  });

  it('lets anything but GET through untouched', () => {
    const post = { method: 'POST', url: `${ORIGIN}/assets/index-a1.js`, mode: 'cors' };
    expect(routeRequest(post, SCOPE, PRECACHED)).toEqual({ kind: 'network' });
  });

  it('stays inside its scope when the app lives under a sub-path', () => {
    const scope = `${ORIGIN}/sheetsense/`;
    const precached = precachedUrls(MANIFEST, scope);
    const asset = `${ORIGIN}/sheetsense/assets/index-a1.js`;
    expect(routeRequest(get(asset), scope, precached)).toEqual({ kind: 'precached', url: asset });
    expect(
      routeRequest(navigate(`${ORIGIN}/sheetsense/?sample=customers`), scope, precached),
    ).toEqual({
      kind: 'app-shell',
    });
    expect(routeRequest(navigate(`${ORIGIN}/other-app/`), scope, precached)).toEqual({
      kind: 'network',
    });
  });
});
