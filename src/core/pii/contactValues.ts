// E-mail addresses and phone numbers, as people type them into spreadsheets.

const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE_SEPARATORS = /[\s\-.()\u00a0]/g;
const CHINESE_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const INTERNATIONAL = /^(?:\+|00)([1-9]\d{6,14})$/;

/** An e-mail address: local part, "@", a domain with a dot. */
export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text.trim());
}

/** The digits of a phone number once spaces, dashes, dots, brackets and a trunk "(0)" are gone. */
export function phoneDigits(text: string): string {
  return text.trim().replace('(0)', '').replace(PHONE_SEPARATORS, '');
}

/** A Chinese mobile number (1[3-9] + 9 digits, optional +86 / 0086), or its 11 digits. */
export function chineseMobile(text: string): string | null {
  const match = CHINESE_MOBILE.exec(phoneDigits(text));
  return match?.[1] ?? null;
}

/** An international number written with "+" or "00" and 7–15 digits (E.164). */
export function internationalPhone(text: string): string | null {
  const match = INTERNATIONAL.exec(phoneDigits(text));
  return match?.[1] ?? null;
}

/** A phone number of either shape. */
export function isPhone(text: string): boolean {
  if (text.length > 32 || /[A-Za-z]/.test(text)) return false;
  return chineseMobile(text) !== null || internationalPhone(text) !== null;
}

const MOBILE_MIN = 13_000_000_000;
const MOBILE_END = 20_000_000_000;
const PREFIXED_MIN = 8_613_000_000_000; // 86 + a mobile number
const PREFIXED_END = 8_620_000_000_000;

/** A number that is a Chinese mobile number stored as a number (11 digits, or 86 + 11). */
export function isPhoneNumberValue(value: number): boolean {
  if (!Number.isInteger(value)) return false;
  return (
    (value >= MOBILE_MIN && value < MOBILE_END) || (value >= PREFIXED_MIN && value < PREFIXED_END)
  );
}
