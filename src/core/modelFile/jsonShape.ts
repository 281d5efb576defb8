/*
 * Readers that check the shape of parsed JSON. A reader returns the value typed, or throws a
 * ShapeError naming the path (e.g. `pipeline.steps[2].levels`); parseModelFile catches it and
 * returns it as a value, so the checks stay one line each instead of a Result per field.
 * Fields are read only when they are the object's own: `constructor` or `__proto__` in a file
 * never reach Object.prototype.
 */

/** Where a model file's shape is wrong and what was expected there. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

export type Read<T> = (value: unknown, path: string) => T;
export type JsonObject = Readonly<Record<string, unknown>>;

/** A plain JSON object (not an array, not null). */
export const object: Read<JsonObject> = (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(path, 'an object');
  }
  return value as JsonObject;
};

/** The object's own field `key` (undefined when absent), checked by `read`. */
export function field<T>(owner: JsonObject, key: string, path: string, read: Read<T>): T {
  return read(Object.hasOwn(owner, key) ? owner[key] : undefined, `${path}.${key}`);
}

export const string: Read<string> = (value, path) => {
  if (typeof value !== 'string') throw new ShapeError(path, 'text');
  return value;
};

export const finite: Read<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'a number');
  return value;
};

export const boolean: Read<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'true or false');
  return value;
};

/** A whole number from `min` to `max` inclusive. */
export function integer(min: number, max: number = Number.MAX_SAFE_INTEGER): Read<number> {
  return (value, path) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new ShapeError(path, `a whole number from ${min} to ${max}`);
    }
    return value as number;
  };
}

/** One of a fixed list of strings. */
export function oneOf<T extends string>(choices: readonly T[]): Read<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
      throw new ShapeError(path, `one of ${choices.join(', ')}`);
    }
    return value as T;
  };
}

export function nullable<T>(read: Read<T>): Read<T | null> {
  return (value, path) => (value === null ? null : read(value, path));
}

/** An array of items, optionally of an exact length. */
export function arrayOf<T>(read: Read<T>, length?: number): Read<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'a list');
    if (length !== undefined && value.length !== length) {
      throw new ShapeError(path, `a list of ${length} entries`);
    }
    return value.map((item, i) => read(item, `${path}[${i}]`));
  };
}

/** A list of finite numbers; large (weights, support vectors), so no path string per entry. */
export function numbers(length?: number): Read<readonly number[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'a list of numbers');
    if (length !== undefined && value.length !== length) {
      throw new ShapeError(path, `a list of ${length} numbers`);
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'number' || !Number.isFinite(item)) {
        throw new ShapeError(`${path}[${i}]`, 'a number');
      }
    }
    return value as readonly number[];
  };
}

/** Fails with `expected` at `path` unless `condition` holds (cross-field checks). */
export function check(condition: boolean, path: string, expected: string): void {
  if (!condition) throw new ShapeError(path, expected);
}
