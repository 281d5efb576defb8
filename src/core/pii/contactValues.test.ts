import { describe, expect, it } from 'vitest';
import { chineseMobile, isEmail, isPhone, isPhoneNumberValue } from './contactValues';

describe('isEmail', () => {
  it('accepts addresses with dots, plus tags and subdomains', () => {
    for (const email of ['jane.doe@example.com', 'li+news@mail.example.cn', 'a_b@x-y.co.uk']) {
      expect(isEmail(email), email).toBe(true);
    }
  });
  it('rejects handles, bare domains and text around an address', () => {
    for (const text of ['@jane', 'example.com', 'jane@localhost', 'mail me: j@x.com', 'j@x.c']) {
      expect(isEmail(text), text).toBe(false);
    }
  });
});

describe('isPhone', () => {
  it('reads Chinese mobiles with +86, 0086, spaces and dashes', () => {
    for (const phone of [
      '13812345678',
      '+86 138 1234 5678',
      '0086-139-1234-5678',
      '+8615912345678',
    ]) {
      expect(chineseMobile(phone), phone).toMatch(/^1[3-9]\d{9}$/);
    }
  });
  it('reads international numbers written with + and 7 to 15 digits', () => {
    for (const phone of [
      '+44 20 7946 0958',
      '+44 (0)20 7946 0958',
      '+1 (415) 555-0132',
      '0049 30 1234567',
    ]) {
      expect(isPhone(phone), phone).toBe(true);
    }
  });
  it('rejects amounts, dates, short codes and mobiles with a wrong prefix', () => {
    for (const text of [
      '1234.50',
      '2024-01-05',
      '12345',
      '12812345678',
      '+1 23',
      'ext. 12345678',
    ]) {
      expect(isPhone(text), text).toBe(false);
    }
  });
  it('recognises mobiles stored as numbers but not revenue figures', () => {
    expect(isPhoneNumberValue(13812345678)).toBe(true);
    expect(isPhoneNumberValue(8613812345678)).toBe(true);
    for (const revenue of [1234.5, 98000, 1250000, 13812345678.5, 99999999999]) {
      expect(isPhoneNumberValue(revenue), String(revenue)).toBe(false);
    }
  });
});
