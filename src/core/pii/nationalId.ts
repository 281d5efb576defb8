// Chinese resident identity numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dXx]$/;
// First two digits: province-level codes in use.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** A real calendar date written as yyyymmdd within plausible birth years. */
export function isBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1)
    return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Region and birth date of an 18-digit number are plausible (the check digit aside). */
function hasIdPrefix(digits: string): boolean {
  return PROVINCES.has(Number(digits.slice(0, 2))) && isBirthDate(digits.slice(6, 14));
}

/** An 18-character Chinese resident ID with a valid region, birth date and check character. */
export function isChineseResidentId(text: string): boolean {
  const id = text.trim();
  if (!SHAPE.test(id) || !hasIdPrefix(id)) return false;
  return idCheckCharacter(id.slice(0, 17)) === (id[17] as string).toUpperCase();
}

/**
 * An ID stored as a number: 18 digits exceed a double's 15–16 exact digits, so the check digit is
 * lost; region and birth date (digits 1–14) survive and are what is checked.
 */
export function isResidentIdNumberValue(value: number): boolean {
  if (!Number.isInteger(value) || value < 1e17 || value >= 1e18) return false;
  return hasIdPrefix(BigInt(value).toString());
}
