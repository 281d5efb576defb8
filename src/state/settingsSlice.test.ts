import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './settingsSlice';

describe('preferredLanguage', () => {
  it('picks Chinese for any zh browser locale', () => {
    expect(preferredLanguage(['zh-CN', 'en'])).toBe('zh');
    expect(preferredLanguage(['zh-TW'])).toBe('zh');
  });
  it('falls back to English', () => {
    expect(preferredLanguage(['de-DE', 'fr'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
    expect(preferredLanguage(['en-GB', 'zh-CN'])).toBe('en');
  });
});
