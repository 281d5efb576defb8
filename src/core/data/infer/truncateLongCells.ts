import type { RawColumn } from '../table';

/** Excel's own limit on the characters of one cell; longer text is cut to this. */
export const MAX_CELL_CHARS = 32_767;

/** A column with over-long text cut, and how many cells were cut. */
export interface TruncatedColumn {
  readonly column: RawColumn;
  readonly truncated: number;
}

/**
 * Cuts text cells longer than `maxChars` (a 50 MB cell is no category, and no screen can show
 * it). Texts that become equal once cut share one dictionary entry, so levels stay distinct.
 */
export function truncateLongCells(raw: RawColumn, maxChars = MAX_CELL_CHARS): TruncatedColumn {
  if (raw.kind === 'numbers' || !raw.dictionary.some((text) => text.length > maxChars)) {
    return { column: raw, truncated: 0 };
  }
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  const remap = raw.dictionary.map((text) => {
    const cut = text.length > maxChars ? cutAt(text, maxChars) : text;
    let code = codeOf.get(cut);
    if (code === undefined) {
      code = dictionary.push(cut) - 1;
      codeOf.set(cut, code);
    }
    return code;
  });
  const codes = new Int32Array(raw.codes.length);
  let truncated = 0;
  raw.codes.forEach((code, row) => {
    codes[row] = code < 0 ? code : remap[code]!;
    if (code >= 0 && raw.dictionary[code]!.length > maxChars) truncated += 1;
  });
  return { column: { kind: 'strings', codes, dictionary }, truncated };
}

/** The first `maxChars` UTF-16 units, one fewer when that would split a surrogate pair. */
function cutAt(text: string, maxChars: number): string {
  const last = text.charCodeAt(maxChars - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? maxChars - 1 : maxChars);
}
