import { useCallback } from 'react';
import { useAppStore } from '../../state/store';
import type { MessageKey } from './messages';
import { translate, type MessageParams } from './translate';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the language the user picked. */
export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
