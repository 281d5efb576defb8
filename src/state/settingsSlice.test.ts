import { describe, expect, it } from 'vitest';
import { maxImportBytesFromUrl, preferredLanguage } from './settingsSlice';

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

describe('maxImportBytesFromUrl', () => {
  it('defaults to 1 GiB', () => {
    expect(maxImportBytesFromUrl('')).toBe(1024 ** 3);
    expect(maxImportBytesFromUrl('?maxMB=abc')).toBe(1024 ** 3);
  });
  it('reads a cap in megabytes from the address', () => {
    expect(maxImportBytesFromUrl('?maxMB=2')).toBe(2 * 1024 * 1024);
  });
});
