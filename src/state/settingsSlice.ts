import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type Language = 'en' | 'zh';

export interface SettingsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** Chinese when the browser prefers any Chinese variant, English otherwise. */
export function preferredLanguage(languages: readonly string[]): Language {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  setLanguage: (language) => set({ language }),
});
