// Untrusted input must be plain own data, as JSON.parse makes it: objects whose prototype is
// Object.prototype (or null) and arrays, holding own enumerable data properties only. Inherited
// values, getters, symbol keys, class instances and objects whose traps throw are rejected
// before any schema reads them, so no user code runs and nothing inherited is mistaken for data.

import {
  RECEIVED_ACCESSOR,
  RECEIVED_HIDDEN_PROPERTY,
  RECEIVED_NOT_PLAIN_OBJECT,
  RECEIVED_SYMBOL_KEY,
  RECEIVED_THROWS,
} from "./casePhrases.js";

/** Why a value is not plain data, and where. */
export interface PlainDataProblem {
  /** Path from the root of the input. */
  readonly path: (string | number)[];
  /** What was found there, in a few words. */
  readonly found: string;
}

/** Objects visited at most; deeper or larger input is judged by the schema alone. */
const MAX_VISITS = 100_000;

function problemOf(node: object): { found: string; key?: string } | undefined {
  const prototype = Object.getPrototypeOf(node);
  const isArray = Array.isArray(node);
  if (isArray ? prototype !== Array.prototype : prototype !== Object.prototype && prototype !== null) {
    return { found: RECEIVED_NOT_PLAIN_OBJECT };
  }
  for (const key of Reflect.ownKeys(node)) {
    if (typeof key === "symbol") return { found: RECEIVED_SYMBOL_KEY };
    const descriptor = Object.getOwnPropertyDescriptor(node, key);
    if (descriptor === undefined) continue;
    if (!("value" in descriptor)) return { found: RECEIVED_ACCESSOR, key };
    if (!descriptor.enumerable && !(isArray && key === "length")) return { found: RECEIVED_HIDDEN_PROPERTY, key };
  }
  return undefined;
}

/** The first reason why `value` is not plain own data, or `undefined` when it is. Never throws. */
export function findPlainDataProblem(value: unknown): PlainDataProblem | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const seen = new Set<object>();
  const stack: { node: object; path: (string | number)[] }[] = [{ node: value, path: [] }];
  let visits = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (seen.has(node) || ++visits > MAX_VISITS) continue;
    seen.add(node);
    try {
      const problem = problemOf(node);
      if (problem !== undefined) {
        const { found, key } = problem;
        return { path: key === undefined ? path : [...path, Array.isArray(node) ? Number(key) : key], found };
      }
      const isArray = Array.isArray(node);
      for (const key of Object.keys(node)) {
        const child: unknown = (node as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) {
          stack.push({ node: child, path: [...path, isArray ? Number(key) : key] });
        }
      }
    } catch {
      return { path, found: RECEIVED_THROWS };
    }
  }
  return undefined;
}
