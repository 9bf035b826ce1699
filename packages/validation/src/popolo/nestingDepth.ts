// Finds the first place where untrusted input is nested deeper than a limit, in one iterative pass
// that visits each object once (shared objects and cycles too) and keeps parent links rather than
// path copies, so time and memory stay linear however deep or wide the input is. The model's
// deepest value (a clause text in an amendment operation inside a Popolo document) is about ten
// levels down: a limit far above that costs nothing and keeps the schemas away from input whose
// depth only an attacker would choose.

interface Visit {
  readonly node: object;
  readonly depth: number;
  readonly parent: Visit | undefined;
  readonly key: string | number | undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path of the first object or array nested deeper than `maxDepth`, or `undefined`. Runs before
 * the plain-data check, so it reads values through property descriptors (no getter runs) and
 * leaves anything that throws (a proxy) to that check. Never throws.
 */
export function findTooDeep(value: unknown, maxDepth: number): (string | number)[] | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return walk(value, maxDepth);
  } catch {
    return undefined;
  }
}

function walk(value: object, maxDepth: number): (string | number)[] | undefined {
  const seen = new Set<object>([value]);
  const stack: Visit[] = [{ node: value, depth: 0, parent: undefined, key: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.depth > maxDepth) return pathOf(visit);
    const { node } = visit;
    const isArray = Array.isArray(node);
    for (const key of Object.keys(node)) {
      const child: unknown = Object.getOwnPropertyDescriptor(node, key)?.value;
      if (typeof child !== "object" || child === null || seen.has(child)) continue;
      seen.add(child);
      stack.push({ node: child, depth: visit.depth + 1, parent: visit, key: isArray ? Number(key) : key });
    }
  }
  return undefined;
}
