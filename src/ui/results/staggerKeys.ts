/** A child's identity in a Staggered list: its React key. */
export type ChildKey = string;

/** Admitted keys still among `keys` (a child that left and comes back waits its turn again). */
export function keepPresent(
  admitted: ReadonlySet<ChildKey>,
  keys: readonly ChildKey[],
): ReadonlySet<ChildKey> {
  const present = new Set(keys);
  const kept = [...admitted].filter((key) => present.has(key));
  return kept.length === admitted.size ? admitted : new Set(kept);
}

/** The first child, in order, that has not been mounted yet; null when all are. */
export function nextToAdmit(
  keys: readonly ChildKey[],
  admitted: ReadonlySet<ChildKey>,
): ChildKey | null {
  return keys.find((key) => !admitted.has(key)) ?? null;
}

/** `admitted` (less the keys no longer present) with `key` added. */
export function admit(
  admitted: ReadonlySet<ChildKey>,
  keys: readonly ChildKey[],
  key: ChildKey,
): ReadonlySet<ChildKey> {
  return new Set([...keepPresent(admitted, keys), key]);
}
