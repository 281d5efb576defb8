/** Spreadsheet column letters for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

// Excel allows at most 31 characters and none of these in a sheet name.
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/** Makes sheet names Excel accepts: forbidden characters replaced, 31 characters, unique ignoring case. */
export function safeSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const base =
      name.replace(FORBIDDEN_IN_SHEET_NAME, '_').replace(/^'|'$/g, '_').trim() ||
      `Sheet${index + 1}`;
    let candidate = base.slice(0, MAX_SHEET_NAME);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
