/** The `t` attribute of a cell, as a small number so the hot loop compares no strings. */
export const CellType = {
  Number: 0, // n, or no t at all
  Shared: 1, // s: index into sharedStrings
  FormulaText: 2, // str
  Inline: 3, // inlineStr
  Boolean: 4, // b
  Error: 5, // e
  Date: 6, // d: ISO 8601 text
} as const;
export type CellType = (typeof CellType)[keyof typeof CellType];

/** The attributes of one <c> tag: where its `r` value lies in the text, its style and type. */
export interface CellAttributes {
  refStart: number; // -1 when the cell has no r
  refEnd: number;
  style: number;
  type: CellType;
}

const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

function typeOf(text: string, start: number, end: number): CellType {
  switch (text.charCodeAt(start)) {
    case 115: // s
      return end - start === 1 ? CellType.Shared : CellType.FormulaText;
    case 105: // i
      return CellType.Inline;
    case 98: // b
      return CellType.Boolean;
    case 101: // e
      return CellType.Error;
    case 100: // d
      return CellType.Date;
    default:
      return CellType.Number;
  }
}

function styleOf(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at += 1) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
  }
  return value;
}

/** Reads r, s and t from text[from, to) in one pass (other attributes are skipped). */
export function readCellAttributes(
  text: string,
  from: number,
  to: number,
  out: CellAttributes,
): void {
  out.refStart = -1;
  out.refEnd = -1;
  out.style = 0;
  out.type = CellType.Number;
  let at = from;
  while (at < to) {
    let c = text.charCodeAt(at);
    while (at < to && c <= 32) c = text.charCodeAt((at += 1));
    const nameStart = at;
    while (at < to && c !== EQUALS && c > 32) c = text.charCodeAt((at += 1));
    const nameLength = at - nameStart;
    while (at < to && c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) c = text.charCodeAt((at += 1));
    if (at >= to) return;
    const valueStart = at + 1;
    const valueEnd = text.indexOf(c === DOUBLE_QUOTE ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd > to) return;
    if (nameLength === 1) {
      const name = text.charCodeAt(nameStart);
      if (name === 114) {
        out.refStart = valueStart; // r
        out.refEnd = valueEnd;
      } else if (name === 115)
        out.style = styleOf(text, valueStart, valueEnd); // s
      else if (name === 116) out.type = typeOf(text, valueStart, valueEnd); // t
    }
    at = valueEnd + 1;
  }
}
