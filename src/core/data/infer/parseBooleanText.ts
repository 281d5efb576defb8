/** Word pairs that mean true/false; a boolean column uses exactly one pair. */
const BOOLEAN_PAIRS: readonly (readonly [string, string])[] = [
  ['yes', 'no'],
  ['true', 'false'],
  ['y', 'n'],
  ['t', 'f'],
  ['是', '否'],
  ['真', '假'],
  ['on', 'off'],
  ['1', '0'],
];

/** Which pair a word belongs to and which side of it; null when the word is no boolean word. */
export interface BooleanWord {
  readonly pair: number;
  readonly value: 0 | 1;
}

/** Reads yes/no, true/false, y/n, t/f, 是/否, 真/假, on/off, 1/0 (any case) with its pair. */
export function booleanWord(text: string): BooleanWord | null {
  const word = text.trim().toLowerCase();
  for (let pair = 0; pair < BOOLEAN_PAIRS.length; pair++) {
    const [truthy, falsy] = BOOLEAN_PAIRS[pair] as readonly [string, string];
    if (word === truthy) return { pair, value: 1 };
    if (word === falsy) return { pair, value: 0 };
  }
  return null;
}

/** 1 for a true word, 0 for a false word, null for anything else. */
export function parseBooleanText(text: string): 0 | 1 | null {
  return booleanWord(text)?.value ?? null;
}
