import { NrmkitError } from "@nrmkit/core";
import { describeValue } from "./describeValue.js";

/**
 * Guards for the arguments of exported functions: a caller's mistake (a missing text, options that
 * are a string) is named as `invalid_argument` with the argument, the rule and what came, before it
 * can surface as a TypeError from deep inside.
 */

function fail(name: string, expected: string, value: unknown): never {
  throw new NrmkitError("invalid_argument", `${name}: expected ${expected}, received ${describeValue(value)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An options argument: absent means none; otherwise a plain object. */
export function optionsArgument<T extends object>(value: T | undefined, name = "options"): T | Record<string, never> {
  if (value === undefined) return {};
  if (!isObject(value)) fail(name, "an object or nothing", value);
  return value;
}

/** A required text argument. */
export function textArgument(value: unknown, name: string): string {
  if (typeof value !== "string") fail(name, "a string", value);
  return value;
}

/** A required array argument. */
export function arrayArgument<T>(value: readonly T[] | unknown, name: string): readonly T[] {
  if (!Array.isArray(value)) fail(name, "an array", value);
  return value as readonly T[];
}

/** A required object argument (not an array, not null). */
export function objectArgument<T extends object>(value: T, name: string): T {
  if (!isObject(value)) fail(name, "an object", value);
  return value as T;
}

/** An optional function argument. */
export function functionArgument<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== "function") fail(name, "a function or nothing", value);
  return value;
}

/** A required iterable argument (an array, a Set, a generator…). */
export function iterableArgument<T>(value: Iterable<T> | unknown, name: string): Iterable<T> {
  if (
    value === null ||
    (typeof value !== "object" && typeof value !== "string") ||
    typeof (value as Iterable<T>)[Symbol.iterator] !== "function"
  ) {
    fail(name, "an iterable (such as an array)", value);
  }
  return value as Iterable<T>;
}

/** A required async iterable argument (an async generator, a Node stream). */
export function asyncIterableArgument<T>(value: AsyncIterable<T> | unknown, name: string): AsyncIterable<T> {
  if (
    value === null ||
    typeof value !== "object" ||
    typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] !== "function"
  ) {
    fail(name, "an async iterable (such as an async generator)", value);
  }
  return value as AsyncIterable<T>;
}
