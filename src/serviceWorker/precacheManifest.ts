/** The page every navigation falls back to when the network is gone (relative to the scope). */
export const APP_SHELL_PATH = 'index.html';

/** The service worker's own file: never precached (the browser fetches and updates it itself). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** One file of the build: its URL relative to the worker's scope and its Subresource Integrity. */
export interface PrecacheEntry {
  url: string;
  integrity: string;
}

/** Everything a build needs offline; `version` changes whenever any file's bytes change. */
export interface PrecacheManifest {
  version: string;
  entries: PrecacheEntry[];
}

/** A file found in the build's output folder; `path` uses `/` and is relative to that folder. */
export interface BuiltFile {
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Whether an output file belongs in the precache (source maps and dot folders do not). */
export function isPrecacheable(path: string): boolean {
  if (path === SERVICE_WORKER_FILE) return false;
  if (path.endsWith('.map')) return false;
  return !path.split('/').some((segment) => segment.startsWith('.') || segment === '');
}

/** The precache list of a build, sorted by URL, with a version hashed from every file's bytes. */
export async function buildPrecacheManifest(
  files: readonly BuiltFile[],
): Promise<PrecacheManifest> {
  const wanted = files.filter((file) => isPrecacheable(file.path));
  if (!wanted.some((file) => file.path === APP_SHELL_PATH)) {
    throw new Error(`The build has no ${APP_SHELL_PATH}: the service worker needs it offline.`);
  }
  const entries = await Promise.all(
    wanted.map(async (file) => ({
      url: file.path.split('/').map(encodeURIComponent).join('/'),
      integrity: `sha256-${toBase64(await sha256(file.bytes))}`,
    })),
  );
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const listing = entries.map((entry) => `${entry.url} ${entry.integrity}\n`).join('');
  const digest = await sha256(new TextEncoder().encode(listing));
  return { version: toHex(digest).slice(0, 16), entries };
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
