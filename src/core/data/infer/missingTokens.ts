/** Lower-cased, trimmed spellings of "no value" that spreadsheets and exports write. */
const MISSING_TOKENS: ReadonlySet<string> = new Set([
  '',
  'na',
  'n/a',
  '#n/a',
  'null',
  'nan',
  '-',
  '?',
]);

/** True for empty, whitespace-only and the usual missing markers (NA, N/A, #N/A, NULL, NaN, -, ?). */
export function isMissingToken(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 4) return false;
  return MISSING_TOKENS.has(trimmed.toLowerCase());
}
