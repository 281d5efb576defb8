import { isMissingToken } from './missingTokens';

type StringsRaw = { readonly codes: Int32Array; readonly dictionary: readonly string[] };

/**
 * A strings column seen through its dictionary: each distinct non-missing text once (trimmed, so
 * " a" and "a" are one value), how many rows hold it, and which text each dictionary entry is.
 */
export interface StringsProfile {
  /** Distinct non-missing trimmed texts, in order of first appearance in the dictionary. */
  readonly texts: readonly string[];
  /** Rows holding each text. */
  readonly textRows: Int32Array;
  /** Text index of each dictionary entry; -1 for missing tokens and unused entries. */
  readonly textOfEntry: Int32Array;
  /** Rows with an empty cell or a missing token. */
  readonly missingRows: number;
}

function countEntries(
  raw: StringsRaw,
  rowCount: number,
): { entryRows: Int32Array; emptyRows: number } {
  const { codes, dictionary } = raw;
  const entryRows = new Int32Array(dictionary.length);
  const rows = Math.min(rowCount, codes.length);
  let emptyRows = rowCount - rows;
  for (let row = 0; row < rows; row++) {
    const code = codes[row] as number;
    if (code < 0) emptyRows++;
    else entryRows[code] = (entryRows[code] as number) + 1;
  }
  return { entryRows, emptyRows };
}

/** True when an end of `entry` is whitespace; ASCII ends are told by their code alone. */
function hasOuterSpace(entry: string): boolean {
  if (entry.length === 0) return false;
  const first = entry.charCodeAt(0);
  const last = entry.charCodeAt(entry.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return false;
  return /^\s|\s$/.test(entry);
}

/** Longer than any missing token with no space to trim: most entries are told by this alone. */
const surelyNotMissing = (entry: string, outerSpace: boolean) => entry.length > 4 && !outerSpace;

/**
 * Counts each dictionary entry once over the codes, then works per distinct text. Dictionary
 * entries are distinct, so texts are matched by string only when trimming could merge two.
 */
export function profileStrings(raw: StringsRaw, rowCount: number): StringsProfile {
  const { dictionary } = raw;
  const { entryRows, emptyRows } = countEntries(raw, rowCount);
  // No array of a flag per entry: a million-value dictionary would pay for it on every column.
  const anySpaced = dictionary.some(hasOuterSpace);
  const textIndex = anySpaced ? new Map<string, number>() : null;
  const texts: string[] = [];
  const textRows = new Int32Array(dictionary.length);
  const textOfEntry = new Int32Array(dictionary.length).fill(-1);
  let missingRows = emptyRows;
  for (let index = 0; index < dictionary.length; index++) {
    const entry = dictionary[index]!;
    const count = entryRows[index]!;
    if (count === 0) continue;
    const spaced = anySpaced && hasOuterSpace(entry);
    if (!surelyNotMissing(entry, spaced) && isMissingToken(entry)) {
      missingRows += count;
      continue;
    }
    let at: number | undefined;
    if (textIndex === null) at = texts.push(entry) - 1;
    else {
      const text = spaced ? entry.trim() : entry;
      at = textIndex.get(text);
      if (at === undefined) {
        at = texts.push(text) - 1;
        textIndex.set(text, at);
      }
    }
    textOfEntry[index] = at;
    textRows[at] = textRows[at]! + count;
  }
  return { texts, textRows: textRows.slice(0, texts.length), textOfEntry, missingRows };
}

/** Values of a column given one value per distinct text (NaN = missing), one typed loop over rows. */
export function valuesFromTexts(
  raw: StringsRaw,
  profile: StringsProfile,
  textValues: Float64Array,
  rowCount: number,
): Float64Array {
  const entryValues = new Float64Array(profile.textOfEntry.length).fill(NaN);
  profile.textOfEntry.forEach((text, entry) => {
    if (text >= 0) entryValues[entry] = textValues[text] as number;
  });
  const values = new Float64Array(rowCount).fill(NaN);
  const rows = Math.min(rowCount, raw.codes.length);
  for (let row = 0; row < rows; row++) {
    const code = raw.codes[row] as number;
    if (code >= 0) values[row] = entryValues[code] as number;
  }
  return values;
}

/** Codes into `profile.texts` (-1 = missing), one typed loop over rows. */
export function codesFromTexts(
  raw: StringsRaw,
  profile: StringsProfile,
  rowCount: number,
): Int32Array {
  const { textOfEntry } = profile;
  const codes = new Int32Array(rowCount).fill(-1);
  const rows = Math.min(rowCount, raw.codes.length);
  for (let row = 0; row < rows; row++) {
    const code = raw.codes[row] as number;
    if (code >= 0) codes[row] = textOfEntry[code] as number;
  }
  return codes;
}
