// Street addresses: a house number beside a street word, in several languages, or a Chinese
// address with administrative units (省/市/区/县) and street parts (路/街/号/弄).

const STREET_WORDS =
  'street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|' +
  'square|sq|terrace|close|crescent|highway|hwy|parkway|pkwy|rue|avenue|chemin|allée|impasse|' +
  'via|viale|piazza|corso|calle|avenida|plaza|paseo|carrer|rua|straße|strasse|str|weg|gasse|' +
  'platz|allee|ring|damm|ufer|laan|straat|gracht|plein|ulica|ul';
const STREET_WORD_PATTERN = `(?:${STREET_WORDS})\\.?`;
// "221B Baker Street", "12 rue de Rivoli", "1600 Pennsylvania Ave NW"
const NUMBER_FIRST = new RegExp(
  `^\\d{1,5}[A-Za-z]?,?\\s+(?:[\\p{L}.'’-]+\\s+){0,4}${STREET_WORD_PATTERN}(?:\\s|,|$)`,
  'iu',
);
// "Via Roma 10", "Calle Mayor 5", "Rue de la Paix 3"
const WORD_FIRST = new RegExp(
  `^${STREET_WORD_PATTERN}\\s+(?:[\\p{L}.'’-]+\\s+){0,4}\\d{1,5}[A-Za-z]?(?:\\s|,|$)`,
  'iu',
);
// "Hauptstraße 5", "Kalverstraat 12", "Baker St 221"
const COMPOUND_STREET = new RegExp(
  `^[\\p{L}.'’-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|straat|gracht)\\s+\\d{1,5}[a-z]?(?:\\s|,|$)`,
  'iu',
);
const CHINESE_ADMIN = /[省市区县州镇乡區縣鎮鄉]/g;
const CHINESE_STREET = /[路街巷弄]|胡同|大道/;
const CHINESE_NUMBER = /\d+\s*[号弄室栋幢號棟]/;

/** A Western street address: house number and street word, either order, or a "-straße 5". */
export function isWesternAddress(text: string): boolean {
  const line = text.trim();
  if (line.length > 200) return false;
  return NUMBER_FIRST.test(line) || WORD_FIRST.test(line) || COMPOUND_STREET.test(line);
}

/** A Chinese address: a street with a number, or two administrative units and a street or number. */
export function isChineseAddress(text: string): boolean {
  const line = text.trim();
  if (line.length < 5 || line.length > 200 || !/[\u4e00-\u9fff]/.test(line)) return false;
  const admins = line.match(CHINESE_ADMIN)?.length ?? 0;
  const street = CHINESE_STREET.test(line);
  const numbered = CHINESE_NUMBER.test(line);
  if ((street && numbered) || (admins >= 2 && (street || numbered))) return true;
  // 省 + 市 + 区 and a place after them ("...南山区科技园") is precise enough to be personal.
  return admins >= 3 && /[省市区县區縣][^省市区县區縣]{2,}$/.test(line);
}

/** A street address of either shape. */
export function isStreetAddress(text: string): boolean {
  return isWesternAddress(text) || isChineseAddress(text);
}

/** Digits beside letters, or a Chinese unit: enough once the header says "address". */
export function couldBeAddress(text: string): boolean {
  const line = text.trim();
  return line.length >= 4 && (/\d/.test(line) || /[省市区县路街号區縣號]/.test(line));
}
