/** A column name folded for comparison: width and case folded, spaces and punctuation removed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min(
        substitution,
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Typos allowed between two folded names: none under 4 characters, then 1 per 4, at most 2. */
export function typoAllowance(a: string, b: string): number {
  return Math.min(2, Math.floor(Math.max(a.length, b.length) / 4));
}

/**
 * How far `found` looks from `expected`: 0 when they fold to the same name, else the edit
 * distance of the folded names plus one; null when they do not look alike.
 */
export function renameDistance(expected: string, found: string): number | null {
  const a = foldName(expected);
  const b = foldName(found);
  if (a.length === 0 || b.length === 0) return null;
  if (a === b) return 0;
  const allowed = typoAllowance(a, b);
  const distance = editDistance(a, b, allowed);
  return distance <= allowed ? distance + 1 : null;
}

/**
 * Pairs each missing column with at most one extra column that looks like it, closest pairs
 * first; ties keep the order of the missing list, then of the extra list.
 */
export function pairRenamed(
  missing: readonly string[],
  extra: readonly string[],
): { expected: string; found: string }[] {
  const candidates: { m: number; e: number; distance: number }[] = [];
  missing.forEach((expected, m) => {
    extra.forEach((found, e) => {
      const distance = renameDistance(expected, found);
      if (distance !== null) candidates.push({ m, e, distance });
    });
  });
  candidates.sort((p, q) => p.distance - q.distance || p.m - q.m || p.e - q.e);
  const usedMissing = new Set<number>();
  const usedExtra = new Set<number>();
  const pairs: { m: number; e: number }[] = [];
  for (const { m, e } of candidates) {
    if (usedMissing.has(m) || usedExtra.has(e)) continue;
    usedMissing.add(m);
    usedExtra.add(e);
    pairs.push({ m, e });
  }
  pairs.sort((p, q) => p.m - q.m);
  return pairs.map(({ m, e }) => ({ expected: missing[m] as string, found: extra[e] as string }));
}
