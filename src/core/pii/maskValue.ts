import { chineseMobile, internationalPhone, phoneDigits } from './contactValues';
import { hanSurnameOf } from './personName';
import type { PiiKind } from './piiTypes';

const STARS = '***';

/** "jane.doe@example.com" -> "j***@example.com": the domain stays, the mailbox does not. */
function maskEmail(text: string): string {
  const at = text.lastIndexOf('@');
  if (at <= 0) return maskGeneric(text);
  return `${text[0] as string}${STARS}${text.slice(at)}`;
}

/** Keeps a few leading and the last digits: "13812345678" -> "138****5678". */
function maskDigits(digits: string): string {
  const n = digits.length;
  const head = n >= 11 ? 3 : n >= 9 ? 2 : 1;
  const tail = n >= 9 ? 4 : Math.max(0, Math.min(2, n - 4));
  const hidden = Math.max(n - head - tail, 1);
  return `${digits.slice(0, head)}${'*'.repeat(hidden)}${tail > 0 ? digits.slice(-tail) : ''}`;
}

function maskPhone(text: string): string {
  const mobile = chineseMobile(text);
  if (mobile !== null) return maskDigits(mobile);
  const international = internationalPhone(text);
  if (international !== null) return `+${maskDigits(international)}`;
  const digits = phoneDigits(text).replace(/\D/g, '');
  return digits.length >= 6 ? maskDigits(digits) : maskGeneric(text);
}

/** "11010519900101123X" -> "110105********123X": region kept, birth date hidden. */
function maskNationalId(text: string): string {
  const id = text.trim();
  if (id.length < 15) return maskGeneric(id);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** "张三" -> "张*", "欧阳娜娜" -> "欧阳**", "Jane Doe" -> "J*** D***". */
function maskName(text: string): string {
  const name = text.trim();
  const surname = hanSurnameOf(name);
  if (surname > 0) return `${name.slice(0, surname)}${'*'.repeat(name.length - surname)}`;
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return STARS;
  return words.map((word) => `${[...word][0] as string}${STARS}`).join(' ');
}

/**
 * Street line hidden, digits hidden, the coarse rest kept: "221B Baker Street, London NW1 6XE" ->
 * "***, London NW* *XE"; "北京市朝阳区建国路88号" -> "北京市朝阳区***".
 */
function maskAddress(text: string): string {
  const line = text.trim();
  if (/[\u4e00-\u9fff]/.test(line)) {
    const lastUnit = Math.max(...[...'省市区县州區縣'].map((unit) => line.lastIndexOf(unit)));
    return lastUnit >= 0 ? `${line.slice(0, lastUnit + 1).replace(/\d/g, '*')}${STARS}` : STARS;
  }
  const parts = line.split(',');
  const rest = parts.slice(1).map((part) => part.replace(/\d/g, '*'));
  return [STARS, ...rest].join(',');
}

/** First character and stars: the fallback for values of no recognised shape. */
function maskGeneric(text: string): string {
  const first = [...text.trim()][0];
  return first === undefined ? '' : `${first}${STARS}`;
}

/** A masked form of `text` that never reveals the whole value (empty stays empty). */
export function maskValue(kind: PiiKind, text: string): string {
  const value = text.trim();
  if (value === '') return text;
  const masked = maskOfKind(kind, text);
  // A value too short to keep any part of ("张", "上海市") is hidden entirely.
  return masked.includes(value) ? STARS : masked;
}

function maskOfKind(kind: PiiKind, text: string): string {
  switch (kind) {
    case 'email':
      return maskEmail(text.trim());
    case 'phone':
      return maskPhone(text);
    case 'national-id':
      return maskNationalId(text);
    case 'name':
      return maskName(text);
    case 'address':
      return maskAddress(text);
  }
}
