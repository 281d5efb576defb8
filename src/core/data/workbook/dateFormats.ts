/** Built-in number format ids that show dates or times in every locale. */
function isBuiltInDateId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/** Built-in ids that are dates only in CJK locales, where they have no written format code. */
function isCjkDateId(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

const QUOTE = 34;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const STAR = 42;
const OPEN_BRACKET = 91;

/** True for bracketed elapsed-time tokens such as [h], [mm], [ss]; not [Red] or [$-804]. */
function isElapsedTime(inner: string): boolean {
  if (inner.length === 0) return false;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner.charCodeAt(i) | 32;
    if (c !== 104 && c !== 109 && c !== 115) return false; // h m s
  }
  return true;
}

/**
 * True when a format code shows a date or time: it has y, m, d, h or s outside quoted text,
 * escaped characters and colour/locale brackets.
 */
export function isDateFormatCode(code: string): boolean {
  for (let i = 0; i < code.length; i += 1) {
    const c = code.charCodeAt(i);
    if (c === QUOTE) {
      const close = code.indexOf('"', i + 1);
      if (close < 0) return false;
      i = close;
    } else if (c === BACKSLASH || c === UNDERSCORE || c === STAR) {
      i += 1; // the next character is literal, padding or fill
    } else if (c === OPEN_BRACKET) {
      const close = code.indexOf(']', i + 1);
      if (close < 0) return false;
      if (isElapsedTime(code.slice(i + 1, close))) return true;
      i = close;
    } else {
      const lower = c | 32;
      if (lower === 121 || lower === 109 || lower === 100 || lower === 104 || lower === 115) {
        return true; // y m d h s
      }
    }
  }
  return false;
}

/** Whether a number format id shows dates, given the workbook's own format codes by id. */
export function isDateFormatId(id: number, codes: ReadonlyMap<number, string>): boolean {
  const code = codes.get(id);
  if (code !== undefined) return isDateFormatCode(code);
  return isBuiltInDateId(id) || isCjkDateId(id);
}
