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
