/**
 * `owner[key]` when `owner` is an object holding `key` as its own property, else undefined: never
 * a property inherited from a prototype (`constructor`, `__proto__`), whatever `owner` came from.
 */
export function ownField(owner: unknown, key: string): unknown {
  return typeof owner === 'object' && owner !== null && Object.hasOwn(owner, key)
    ? (owner as Record<string, unknown>)[key]
    : undefined;
}
