/** The data object of the point under the pointer, from Recharts' tooltip payload (null if none). */
export function tooltipDatum<T>(
  active: boolean | undefined,
  payload: readonly { readonly payload?: unknown }[] | undefined,
  isDatum: (value: unknown) => value is T,
): T | null {
  if (!active || !payload) return null;
  for (const entry of payload) {
    if (isDatum(entry.payload)) return entry.payload;
  }
  return null;
}

/** True for objects with a numeric `row` (chart points that stand for a table row). */
export function hasRow(value: unknown): value is { readonly row: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'row' in value &&
    typeof (value as { row: unknown }).row === 'number'
  );
}
