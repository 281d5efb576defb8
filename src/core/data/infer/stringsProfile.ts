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
  /**
   * Text index of each dictionary entry; -1 for missing tokens and unused entries. Null when
   * every entry is its own text (`texts` is the dictionary itself): codes need no mapping.
   */
  readonly textOfEntry: Int32Array | null;
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
 * Every entry is used, none is a missing token and none has space to trim: the dictionary is
 * the list of texts as it stands (the usual case, and the one of million-distinct columns, where
 * copying a million strings into a new list cost more than all the checks on them).
 */
function entriesAreTexts(dictionary: readonly string[], entryRows: Int32Array): boolean {
  for (let index = 0; index < dictionary.length; index++) {
    const entry = dictionary[index]!;
    if (entryRows[index] === 0 || hasOuterSpace(entry)) return false;
    if (!surelyNotMissing(entry, false) && isMissingToken(entry)) return false;
  }
  return true;
}

/**
 * Counts each dictionary entry once over the codes, then works per distinct text. Dictionary
 * entries are distinct, so texts are matched by string only when trimming could merge two.
 */
export function profileStrings(raw: StringsRaw, rowCount: number): StringsProfile {
  const { dictionary } = raw;
  const { entryRows, emptyRows } = countEntries(raw, rowCount);
  if (entriesAreTexts(dictionary, entryRows)) {
    return { texts: dictionary, textRows: entryRows, textOfEntry: null, missingRows: emptyRows };
  }
  return mappedProfile(dictionary, entryRows, emptyRows);
}

/** The profile when some entries are missing tokens, unused, or equal to another once trimmed. */
function mappedProfile(
  dictionary: readonly string[],
  entryRows: Int32Array,
  emptyRows: number,
): StringsProfile {
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
  const entryValues =
    profile.textOfEntry === null ? textValues : valuesOfEntries(profile, textValues);
  const values = new Float64Array(rowCount).fill(NaN);
  const rows = Math.min(rowCount, raw.codes.length);
  for (let row = 0; row < rows; row++) {
    const code = raw.codes[row] as number;
    if (code >= 0) values[row] = entryValues[code] as number;
  }
  return values;
}

/** One value per dictionary entry from one per text (NaN for entries that are no text). */
function valuesOfEntries(profile: StringsProfile, textValues: Float64Array): Float64Array {
  const textOfEntry = profile.textOfEntry!;
  const entryValues = new Float64Array(textOfEntry.length).fill(NaN);
  for (let entry = 0; entry < textOfEntry.length; entry++) {
    const text = textOfEntry[entry]!;
    if (text >= 0) entryValues[entry] = textValues[text]!;
  }
  return entryValues;
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
    // Without a mapping, entry codes are text codes.
    if (code >= 0) codes[row] = textOfEntry === null ? code : (textOfEntry[code] as number);
  }
  return codes;
}
