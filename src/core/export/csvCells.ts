// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text a spreadsheet could run as a formula gets a leading apostrophe, so it shows as text.
 * Only for strings: numbers are written as numbers and never pass through here.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A text field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds , " CR or LF. */
export function quoteCsvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell ready for a CSV line: neutralised, then quoted if needed. */
export function csvTextCell(text: string): string {
  return quoteCsvField(neutraliseFormula(text));
}

/** A number cell: JavaScript's shortest round-trip form; NaN and infinities leave it empty. */
export function csvNumberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}
