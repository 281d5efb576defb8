import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useOfflineStatus } from './useOfflineStatus';

function labelKey(online: boolean, ready: boolean): MessageKey {
  if (!online) return ready ? 'offline.offlineReady' : 'offline.offlineLocal';
  return ready ? 'offline.ready' : 'offline.local';
}

/** The header's quiet note: data stays here, and whether the app also works without a network. */
export function OfflineIndicator() {
  const t = useT();
  const { online, ready } = useOfflineStatus();
  return (
    <span
      className="app-privacy"
      data-testid="offline-status"
      data-offline-ready={String(ready)}
      data-online={String(online)}
      role="status"
      title={t(ready ? 'offline.readyHint' : 'offline.localHint')}
    >
      <svg className="app-privacy-icon" viewBox="0 0 16 16" aria-hidden="true">
        <rect x="3" y="7" width="10" height="8" rx="1.5" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" strokeWidth="1.6" />
      </svg>
      {t(labelKey(online, ready))}
    </span>
  );
}
