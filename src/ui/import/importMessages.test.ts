import { describe, expect, it } from 'vitest';
import type { Language } from '../../state/settingsSlice';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { MessageParams } from '../i18n/translate';
import { importErrorMessage } from './importMessages';

const inLanguage = (language: Language) => (key: MessageKey, params?: MessageParams) =>
  translate(language, key, params);

describe('importErrorMessage for hostile files', () => {
  it('says how wide a too-wide file is, and the limit, in both languages', () => {
    const error = { code: 'too-many-columns', columns: 100_000, maxColumns: 16_384 } as const;
    expect(importErrorMessage(inLanguage('en'), error)).toMatch(
      /more than 16,384 columns.*100,000/,
    );
    expect(importErrorMessage(inLanguage('zh'), error)).toMatch(/16,384.*100,000/);
  });

  it('names the line where the encoding changes, in both languages', () => {
    const error = { code: 'mixed-encoding', row: 6002 } as const;
    expect(importErrorMessage(inLanguage('en'), error)).toContain('until line 6,002');
    expect(importErrorMessage(inLanguage('zh'), error)).toContain('第 6,002 行');
  });
});
