import { useEffect, useState, useSyncExternalStore } from 'react';
import { isOfflineReady } from '../../../serviceWorker/protocol';
import { queryPrecacheStatus } from './precacheStatusQuery';

export interface OfflineStatus {
  /** navigator.onLine, kept live by the online/offline events. */
  online: boolean;
  /** A service worker controls the page and every file of this build is in its cache. */
  ready: boolean;
}

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser is online and whether the app would work without the network. */
export function useOfflineStatus(): OfflineStatus {
  const online = useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let latest = 0;
    const check = () => {
      // Only the newest answer counts: checks can overlap when events come close together.
      const asked = ++latest;
      void queryPrecacheStatus().then((status) => {
        if (asked === latest) setReady(isOfflineReady(status));
      });
    };
    check();
    const container = navigator.serviceWorker;
    container.addEventListener('controllerchange', check);
    const unsubscribe = subscribeToConnection(check);
    document.addEventListener('visibilitychange', check);
    return () => {
      latest = -1;
      container.removeEventListener('controllerchange', check);
      unsubscribe();
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return { online, ready };
}
