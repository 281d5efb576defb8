import { en, type MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/useT';

/** The message for `key` in the user's language when the catalogue has it, else `fallback`. */
export function translateOr(
  t: Translate,
  key: string,
  params: Readonly<Record<string, string | number>>,
  fallback: string,
): string {
  return Object.hasOwn(en, key) ? t(key as MessageKey, params) : fallback;
}
