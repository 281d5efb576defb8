import { ShapeError, type Read } from '../modelFile/jsonShape';

/** Any number, NaN and infinities included (metrics and losses may be NaN). */
export const anyNumber: Read<number> = (value, path) => {
  if (typeof value !== 'number') throw new ShapeError(path, 'a number');
  return value;
};

function typedArray<T extends Float64Array | Int32Array | Uint8Array>(
  is: (value: unknown) => value is T,
  label: string,
) {
  return (length?: number): Read<T> =>
    (value, path) => {
      if (!is(value)) throw new ShapeError(path, `a block of ${label}`);
      if (length !== undefined && value.length !== length) {
        throw new ShapeError(path, `a block of ${length} ${label}`);
      }
      return value;
    };
}

/** A Float64Array, optionally of an exact length. */
export const float64s = typedArray((v): v is Float64Array => v instanceof Float64Array, 'numbers');
/** An Int32Array, optionally of an exact length. */
export const int32s = typedArray((v): v is Int32Array => v instanceof Int32Array, 'whole numbers');
/** A Uint8Array, optionally of an exact length. */
export const uint8s = typedArray((v): v is Uint8Array => v instanceof Uint8Array, 'bytes');

/** Fails at `path` unless every code lies in [min, max] (an index read later must stay inside). */
export function checkCodes(codes: ArrayLike<number>, min: number, max: number, path: string): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < min || code > max)
      throw new ShapeError(`${path}[${i}]`, `a code from ${min} to ${max}`);
  }
}

/** Optional field: `{ key: value }` when the object has it, `{}` otherwise (exact optional types). */
export function optional<K extends string, T>(
  owner: Readonly<Record<string, unknown>>,
  key: K,
  path: string,
  read: Read<T>,
): Partial<Record<K, T>> {
  if (!Object.hasOwn(owner, key)) return {};
  return { [key]: read(owner[key], `${path}.${key}`) } as Partial<Record<K, T>>;
}
