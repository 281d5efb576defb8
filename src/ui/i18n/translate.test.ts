import { describe, expect, it } from 'vitest';
import { en, zh } from './messages';

const catalogs = { en, zh };
import { translate } from './translate';

describe('translate', () => {
  it('has a Chinese message for every English key', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const value of Object.values(zh)) expect(value.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('en', 'dataset.rows', { rows: 1234567 })).toBe('1,234,567 rows');
    expect(translate('zh', 'dataset.rows', { rows: 12 })).toBe('12 行');
  });

  it('formats numbers exactly as toLocaleString does in each language', () => {
    const numbers = [0, -3, 0.5, 1234.5678, 987654321, -0.001, 1e21, Number.NaN];
    for (const [language, locale] of [
      ['en', 'en'],
      ['zh', 'zh-CN'],
    ] as const) {
      for (const rows of numbers) {
        const expected = catalogs[language]['dataset.rows'].replace(
          '{rows}',
          rows.toLocaleString(locale),
        );
        expect(translate(language, 'dataset.rows', { rows })).toBe(expected);
      }
    }
  });
});
