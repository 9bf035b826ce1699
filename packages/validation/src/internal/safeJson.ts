// Strips prototype-pollution keys from a value JSON.parse made, reporting where they were.
// JSON.parse itself defines `__proto__` as an own property (no pollution yet), but code that later
// spreads or assigns the object could pollute: such keys are removed before anyone sees the value.

import { FORBIDDEN_KEYS } from "./phrases.js";

// A key can only be forbidden if one of these substrings occurs (`\u` covers escaped spellings).
const SUSPICIOUS = /__proto__|constructor|prototype|\\u/;

/**
 * Removes `__proto__`, `constructor` and `prototype` keys at any depth from `value`, the result of
 * `JSON.parse(text)`, and returns their paths; the text is scanned first, so clean rows cost one search.
 */
export function stripForbiddenKeys(value: unknown, text: string): (string | number)[][] {
  if (value === null || typeof value !== "object" || !SUSPICIOUS.test(text)) return [];
  return removeForbiddenKeys(value);
}

interface Visit {
  readonly node: object;
  readonly parent: Visit | undefined;
  readonly key: string | number | undefined;
}

function pathOf(visit: Visit, key: string): (string | number)[] {
  const path: (string | number)[] = [key];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Deletes forbidden own keys from a freshly parsed JSON value, iteratively (deep input must not overflow). */
function removeForbiddenKeys(root: object): (string | number)[][] {
  const found: (string | number)[][] = [];
  // Parent links instead of path copies keep deep nesting linear in memory.
  const stack: Visit[] = [{ node: root, parent: undefined, key: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { node } = visit;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const child: unknown = node[index];
        if (child !== null && typeof child === "object") stack.push({ node: child, parent: visit, key: index });
      }
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(pathOf(visit, key));
        delete record[key];
        continue;
      }
      const child = record[key];
      if (child !== null && typeof child === "object") stack.push({ node: child, parent: visit, key });
    }
  }
  return found;
}
