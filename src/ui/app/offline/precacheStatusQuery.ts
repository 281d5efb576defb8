import {
  isPrecacheStatus,
  PRECACHE_STATUS_REQUEST,
  type PrecacheStatus,
  type PrecacheStatusRequest,
} from '../../../serviceWorker/protocol';

const ANSWER_TIMEOUT_MS = 5_000;

/**
 * Asks the service worker that controls this page how much of its precache is in the cache
 * right now; null when no worker controls the page or it does not answer.
 */
export async function queryPrecacheStatus(): Promise<PrecacheStatus | null> {
  const controller = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  if (!controller) return null;
  const channel = new MessageChannel();
  const answer = new Promise<PrecacheStatus | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      resolve(isPrecacheStatus(event.data) ? event.data : null);
    };
  });
  // This module's own URL is a script of the running build: the worker says whether it cached it.
  const request: PrecacheStatusRequest = {
    type: PRECACHE_STATUS_REQUEST,
    pageScript: import.meta.url,
  };
  controller.postMessage(request, [channel.port2]);
  const status = await answer;
  channel.port1.close();
  return status;
}
