/**
 * Freezes a plain JSON value and everything inside it, so bundled data cannot be changed in place.
 *
 * @param value - A plain object, array or primitive.
 * @returns The same value, frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
