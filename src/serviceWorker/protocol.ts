// The one question a page asks the service worker: is everything this build needs cached?

export const PRECACHE_STATUS_REQUEST = 'sheetsense-precache-status';

/** Sent by a page over a MessageChannel; the worker answers on the channel's port. */
export interface PrecacheStatusRequest {
  type: typeof PRECACHE_STATUS_REQUEST;
  /** A script URL of the asking page's build: if the worker did not cache it, the page is newer. */
  pageScript: string;
}

export interface PrecacheStatus {
  version: string;
  /** Files in the precache list. */
  total: number;
  /** Of those, how many are in the cache right now. */
  cached: number;
  /** Whether the asking page's own script is one of the precached files. */
  coversPage: boolean;
}

/** Whether a message is a status request (messages are untyped across the channel). */
export function isPrecacheStatusRequest(data: unknown): data is PrecacheStatusRequest {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<PrecacheStatusRequest>;
  return message.type === PRECACHE_STATUS_REQUEST && typeof message.pageScript === 'string';
}

/** Whether a worker's answer is well formed (it may come from an older build of the worker). */
export function isPrecacheStatus(data: unknown): data is PrecacheStatus {
  if (typeof data !== 'object' || data === null) return false;
  const status = data as Partial<PrecacheStatus>;
  return (
    typeof status.version === 'string' &&
    typeof status.total === 'number' &&
    typeof status.cached === 'number' &&
    typeof status.coversPage === 'boolean'
  );
}

/** The app works offline only if every listed file is cached and the page is that build. */
export function isOfflineReady(status: PrecacheStatus | null): boolean {
  if (!status) return false;
  return status.total > 0 && status.cached === status.total && status.coversPage;
}
