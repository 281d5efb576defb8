const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeEntity(name: string): string | null {
  if (name.charCodeAt(0) !== 35) return NAMED_ENTITIES.get(name) ?? null; // #
  const hex = name[1] === 'x' || name[1] === 'X';
  const digits = name.slice(hex ? 2 : 1);
  const code = digits === '' ? NaN : Number.parseInt(digits, hex ? 16 : 10);
  if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) return null;
  return String.fromCodePoint(code);
}

/** XML parsers read CR LF in text as LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replaceAll('\r\n', '\n') : text;
}

/** The longest reference we decode is `&#x10FFFF;`; looking no further keeps decoding linear. */
const MAX_REFERENCE = 12;

function semicolonNear(text: string, from: number): number {
  const stop = Math.min(text.length, from + MAX_REFERENCE);
  for (let at = from; at < stop; at += 1) if (text.charCodeAt(at) === 59) return at;
  return -1;
}

/** Replaces XML entities (&amp; &lt; &#20013; &#x4E2D; ...); unknown ones are kept as written. */
export function decodeXmlText(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const semi = semicolonNear(raw, amp + 1);
    if (semi < 0) {
      amp = raw.indexOf('&', amp + 1);
      continue;
    }
    const decoded = decodeEntity(raw.slice(amp + 1, semi));
    if (decoded !== null) {
      out += raw.slice(last, amp) + decoded;
      last = semi + 1;
    }
    amp = raw.indexOf('&', decoded === null ? amp + 1 : semi + 1);
  }
  return out + raw.slice(last);
}

/** Undoes Excel's `_xHHHH_` escapes for control characters in cell text (`_x000D_` is a CR). */
export function decodeExcelEscapes(text: string): string {
  let at = text.indexOf('_x');
  if (at < 0) return text;
  let out = '';
  let last = 0;
  while (at >= 0) {
    const hex = text.slice(at + 2, at + 6);
    if (text.charCodeAt(at + 6) === 95 && hex.length === 4 && isHex(hex)) {
      out += text.slice(last, at) + String.fromCharCode(Number.parseInt(hex, 16));
      last = at + 7;
      at = text.indexOf('_x', last);
    } else {
      at = text.indexOf('_x', at + 1);
    }
  }
  return out + text.slice(last);
}

function isHex(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i) | 32;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
