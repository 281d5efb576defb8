import type { Language } from '../../state/settingsSlice';
import { en, zh, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

const catalogs: Record<Language, Record<MessageKey, string>> = { en, zh };

/** Looks a message up and fills `{name}` placeholders; numbers are formatted for the language. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key];
  if (!params) return template;
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? value.toLocaleString(locale) : String(value);
  });
}
