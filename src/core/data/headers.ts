/** A header row made safe to use: empty names filled, duplicates suffixed, every rename listed. */
export interface NormalisedHeaders {
  readonly headers: readonly string[];
  readonly renames: readonly { readonly from: string; readonly to: string }[];
}

/** Fills empty headers with `column_N` (1-based position) and suffixes duplicates `_2`, `_3`, ... */
export function normaliseHeaders(rawHeaders: readonly string[]): NormalisedHeaders {
  const taken = new Set<string>();
  // The next suffix to try per name: thousands of copies of one header stay linear, not quadratic.
  const nextSuffix = new Map<string, number>();
  const headers: string[] = [];
  const renames: { from: string; to: string }[] = [];
  rawHeaders.forEach((raw, index) => {
    const trimmed = raw.trim();
    let name = trimmed === '' ? `column_${index + 1}` : trimmed;
    if (taken.has(name)) {
      const base = name;
      let suffix = nextSuffix.get(base) ?? 2;
      while (taken.has(`${base}_${suffix}`)) suffix += 1;
      nextSuffix.set(base, suffix + 1);
      name = `${base}_${suffix}`;
    }
    if (name !== raw) renames.push({ from: raw, to: name });
    taken.add(name);
    headers.push(name);
  });
  return { headers, renames };
}

/** Names for a file without a header row: column_1 ... column_n. */
export function generatedHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column_${i + 1}`);
}
