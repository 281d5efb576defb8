import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type Language = 'en' | 'zh';

export interface SettingsSlice {
  language: Language;
  /** Files larger than this are refused before they are read. */
  maxImportBytes: number;
  setLanguage: (language: Language) => void;
}

/** Chinese when the browser prefers any Chinese variant, English otherwise. */
export function preferredLanguage(languages: readonly string[]): Language {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}

const DEFAULT_MAX_IMPORT_MB = 1024;

/** The import size cap in bytes; `?maxMB=` in the address overrides it (used by tests). */
export function maxImportBytesFromUrl(search: string): number {
  const requested = Number(new URLSearchParams(search).get('maxMB'));
  const mb = Number.isFinite(requested) && requested > 0 ? requested : DEFAULT_MAX_IMPORT_MB;
  return mb * 1024 * 1024;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  maxImportBytes: maxImportBytesFromUrl(typeof location === 'undefined' ? '' : location.search),
  setLanguage: (language) => set({ language }),
});
