/** localStorage key holding the user's choice to keep the project on this device. */
const PERSIST_KEY = 'sheetsense.keepProject';

/** Whether the user chose to keep the project (false where storage is unavailable). */
export function readPersistChoice(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(PERSIST_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembers the choice (ignored where storage is unavailable). */
export function writePersistChoice(on: boolean): void {
  try {
    if (on) localStorage.setItem(PERSIST_KEY, 'on');
    else localStorage.removeItem(PERSIST_KEY);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}
