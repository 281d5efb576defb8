/*
 * One tab at a time saves the project: the tab holding this Web Lock. Another tab asks with
 * `ifAvailable` and, if refused, only reads. Taking over steals the lock; the tab that loses it
 * hears it from the rejected lock request and, sooner, from a BroadcastChannel message.
 */
const LOCK_NAME = 'sheetsense-project';
const CHANNEL_NAME = 'sheetsense-project';

export interface ProjectLock {
  /** Lets the lock go (persistence switched off, or everything forgotten). */
  readonly release: () => void;
}

type LockOutcome = { readonly held: true; readonly lock: ProjectLock } | { readonly held: false };

let channel: BroadcastChannel | null = null;

function projectChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/**
 * Asks for the project lock; `steal` takes it from another tab. `onLost` runs once if the lock
 * is later taken by another tab. Browsers without Web Locks get the lock unconditionally.
 */
export function requestProjectLock(steal: boolean, onLost: () => void): Promise<LockOutcome> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve({ held: true, lock: { release: () => {} } });
  return new Promise<LockOutcome>((resolve) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    let acquired = false;
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(LOCK_NAME, options, async (lock) => {
        if (!lock) return resolve({ held: false });
        acquired = true;
        if (steal) projectChannel()?.postMessage('taken-over');
        resolve({ held: true, lock: { release } });
        await held;
      })
      .catch(() => {
        // The request rejects (AbortError) when another tab steals the lock from us.
        if (acquired) onLost();
        else resolve({ held: false });
      });
  });
}

/** Calls `onTakenOver` when another tab announces that it took the project over. */
export function onProjectTakenOver(onTakenOver: () => void): () => void {
  const current = projectChannel();
  if (!current) return () => {};
  const listener = (event: MessageEvent) => {
    if (event.data === 'taken-over') onTakenOver();
  };
  current.addEventListener('message', listener);
  return () => current.removeEventListener('message', listener);
}
