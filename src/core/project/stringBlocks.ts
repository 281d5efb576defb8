/** A list of strings as two blocks: every UTF-16 code unit, and where each string ends. */
export interface StringBlocks {
  readonly units: Uint16Array;
  readonly ends: Int32Array;
}

/** The list as blocks, or null when it holds anything but strings. */
export function toStringBlocks(list: readonly unknown[]): StringBlocks | null {
  let total = 0;
  for (const item of list) {
    if (typeof item !== 'string') return null;
    total += item.length;
  }
  const units = new Uint16Array(total);
  const ends = new Int32Array(list.length);
  let at = 0;
  list.forEach((item, i) => {
    const text = item as string;
    for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k);
    at += text.length;
    ends[i] = at;
  });
  return { units, ends };
}

const CHUNK = 8192;

/** The strings back, code unit for code unit (lone surrogates too); null when `ends` is inconsistent. */
export function fromStringBlocks({ units, ends }: StringBlocks): string[] | null {
  let previous = 0;
  for (const end of ends) {
    if (end < previous || end > units.length) return null;
    previous = end;
  }
  if (previous !== units.length) return null;
  // One string of all units, built in chunks (fromCharCode keeps lone surrogates, unlike decoders).
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  }
  const all = parts.join('');
  const list: string[] = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    list[i] = all.slice(start, ends[i]);
    start = ends[i]!;
  }
  return list;
}
