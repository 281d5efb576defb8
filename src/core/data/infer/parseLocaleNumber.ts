/** Which character separates the decimals; the other of '.' and ',' may group thousands. */
export interface NumberFormat {
  readonly decimal: '.' | ',';
}

/** A number read from text, with the scale its unit implied (0.01 for %, 1e4 for 万, 1e8 for 亿). */
export interface ParsedNumber {
  readonly value: number;
  readonly scale: number;
}

/** A number's text split into sign, digits and unit, before the digits are read. */
interface NumberParts {
  readonly negative: boolean;
  readonly body: string;
  readonly unit: '' | '%' | '万' | '亿';
}

const CURRENCY = String.raw`(?:[¥$€£]|RMB|CNY|EUR|USD)`;
const NUMBER_SHAPE = new RegExp(
  String.raw`^([+-]?)\s*(${CURRENCY})?\s*([+-]?)\s*(\d[\d.,' ’]*|[.,]\d+)\s*([万亿%]?)\s*(${CURRENCY}|元)?$`,
  'i',
);
const INTEGER = /^-?\d+$/;
const ONE_SEPARATOR = /^-?\d+[.,]\d+$/;
const SIMPLE_DOT = /^-?\d+(?:\.\d+)?$/;
const SIMPLE_COMMA = /^-?\d+(?:,\d+)?$/;
const EXPONENT_FORM = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const DOT_PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const DOT_GROUPED = /^[1-9]\d{0,2}([,' ’])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
const COMMA_PLAIN = /^(?:\d+(?:,\d+)?|,\d+)$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}([.' ’])\d{3}(?:\1\d{3})*(?:,\d+)?$/;
/** Decimal exponent each unit shifts by: written as an exponent so "12.5%" reads exactly 0.125. */
const UNIT_EXPONENT = new Map([
  ['', ''],
  ['%', 'e-2'],
  ['万', 'e4'],
  ['亿', 'e8'],
]);
const UNIT_SCALE = new Map([
  ['', 1],
  ['%', 0.01],
  ['万', 1e4],
  ['亿', 1e8],
]);

/** Folds full-width digits and signs, no-break spaces and the Unicode minus to plain ASCII. */
export function toPlainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.trim();
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .trim();
}

function numberParts(plainText: string): NumberParts | null {
  let plain = plainText;
  let accounting = false;
  if (plain.startsWith('(') && plain.endsWith(')')) {
    accounting = true;
    plain = plain.slice(1, -1).trim();
  }
  const match = NUMBER_SHAPE.exec(plain);
  if (match === null) return null;
  const [, signBefore = '', currencyBefore, signAfter = '', body = '', unit = '', currencyAfter] =
    match;
  if (signBefore !== '' && signAfter !== '') return null;
  if (currencyBefore !== undefined && currencyAfter !== undefined) return null;
  const sign = signBefore || signAfter;
  if (accounting && sign !== '') return null;
  const negative = accounting || sign === '-';
  return { negative, body: body.trim(), unit: unit as NumberParts['unit'] };
}

function digitsOf(body: string, decimal: '.' | ','): string | null {
  if (decimal === '.') {
    if (DOT_PLAIN.test(body)) return body;
    if (DOT_GROUPED.test(body)) return body.replace(/[,' ’]/g, '');
    return null;
  }
  if (COMMA_PLAIN.test(body)) return body.replace(',', '.');
  if (COMMA_GROUPED.test(body)) return body.replace(/[.' ’]/g, '').replace(',', '.');
  return null;
}

/**
 * Reads a number as people write it: thousands groups (1,234 / 1.234,5 / 1 234,5 / 1'234.5),
 * currency before or after, percent, 万/亿, accounting negatives (1,234), +/-, full-width digits.
 */
export function parseLocaleNumber(text: string, format: NumberFormat): ParsedNumber | null {
  const parsed = parseAnyNumber(text, format);
  // Text beyond the double range ("1e309", 400 digits) reads as Infinity: no usable value.
  return parsed !== null && Number.isFinite(parsed.value) ? parsed : null;
}

function parseAnyNumber(text: string, format: NumberFormat): ParsedNumber | null {
  if ((format.decimal === '.' ? SIMPLE_DOT : SIMPLE_COMMA).test(text)) {
    const value = Number(format.decimal === '.' ? text : text.replace(',', '.'));
    return { value: value === 0 ? 0 : value, scale: 1 }; // no -0
  }
  const plain = toPlainText(text);
  if (format.decimal === '.' && EXPONENT_FORM.test(plain))
    return { value: Number(plain), scale: 1 };
  const parts = numberParts(plain);
  if (parts === null) return null;
  const digits = digitsOf(parts.body, format.decimal);
  if (digits === null) return null;
  const magnitude = Number(digits + (UNIT_EXPONENT.get(parts.unit) ?? ''));
  const value = parts.negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, scale: UNIT_SCALE.get(parts.unit) ?? 1 };
}

function separatorEvidence(body: string, separator: '.' | ','): '.' | ',' | null {
  const other = separator === '.' ? ',' : '.';
  const at = body.indexOf(separator);
  if (body.indexOf(separator, at + 1) >= 0) return other; // repeated: it groups thousands
  const before = body.slice(0, at);
  const after = body.length - at - 1;
  if (after !== 3 || /^0*$/.test(before) || /\D/.test(before) || before.length > 3) {
    return separator;
  }
  return null; // "1,234" or "1.234": could be either
}

/** What one value says about the decimal separator: '.', ',' or null when it does not tell. */
export function decimalEvidence(text: string): '.' | ',' | null {
  const parts = numberParts(toPlainText(text));
  return parts === null ? null : bodyEvidence(parts.body);
}

function bodyEvidence(body: string): '.' | ',' | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastComma >= 0) return separatorEvidence(body, ',');
  if (lastDot >= 0) return separatorEvidence(body, '.');
  return /['’]/.test(body) ? '.' : null;
}

/** How many values tell a dot or a comma decimal. */
export interface DecimalVotes {
  readonly dot: number;
  readonly comma: number;
}

/** Counts decimal evidence; null once more than `maxNonNumbers` texts are no number at all. */
export function decimalVotes(
  texts: readonly string[],
  maxNonNumbers = Number.POSITIVE_INFINITY,
): DecimalVotes | null {
  let dot = 0;
  let comma = 0;
  let nonNumbers = 0;
  const countVote = (evidence: '.' | ',' | null) => {
    if (evidence === '.') dot++;
    else if (evidence === ',') comma++;
  };
  for (const text of texts) {
    if (INTEGER.test(text)) continue; // tells nothing, and is common
    if (ONE_SEPARATOR.test(text)) {
      countVote(bodyEvidence(text.replace('-', '')));
      continue;
    }
    const parts = numberParts(toPlainText(text));
    if (parts === null) {
      if (++nonNumbers > maxNonNumbers) return null;
      continue;
    }
    countVote(bodyEvidence(parts.body));
  }
  return { dot, comma };
}

/** The majority of telling values wins; a tie (usually none at all) follows the hint. */
export function pickDecimal(votes: DecimalVotes, hint: '.' | ',' = '.'): '.' | ',' {
  if (votes.dot === votes.comma) return hint;
  return votes.dot > votes.comma ? '.' : ',';
}

/** Picks one decimal separator for a whole column by majority of telling values, else the hint. */
export function decideDecimal(texts: readonly string[], hint: '.' | ',' = '.'): '.' | ',' {
  return pickDecimal(decimalVotes(texts) ?? { dot: 0, comma: 0 }, hint);
}
