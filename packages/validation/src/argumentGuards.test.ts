// Every function that @nrmkit/validation exports (root, /ctdc, /htcds), called with arguments of
// the wrong type or none: it must answer with a result (safeParse-style) or an NrmkitError —
// `invalid_argument` naming the argument, or `validation_failed` for a parse of bad data — and
// never with a raw TypeError from deep inside.
import { isNrmkitError } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import * as ctdc from "./ctdc/index.js";
import * as htcds from "./htcds/index.js";
import * as root from "./index.js";

const MODULES = { "@nrmkit/validation": root, "@nrmkit/validation/ctdc": ctdc, "@nrmkit/validation/htcds": htcds };

/** Wrong values for one argument: missing, null, and every other JSON-ish type. */
const WRONG: readonly unknown[] = [undefined, null, 42, true, "text", [], {}, () => 1, Symbol("s"), 10n];

/** Consumes whatever came back: awaits promises and drains (async) iterables. */
async function settle(value: unknown): Promise<void> {
  const resolved = await value;
  if (resolved !== null && typeof resolved === "object") {
    if (Symbol.asyncIterator in resolved) {
      for await (const _ of resolved as AsyncIterable<unknown>) {
        // drain
      }
    }
  }
}

function isSchema(value: unknown): boolean {
  return typeof value === "object" && value !== null && "safeParse" in value;
}

const functions = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(
      ([, value]) =>
        typeof value === "function" &&
        !isSchema(value) &&
        !/^[A-Z]/.test(String((value as { name?: string }).name ?? "")),
    )
    .map(([name, fn]) => ({ module, name, fn: fn as (...args: unknown[]) => unknown })),
);

describe("argument guards", () => {
  it("finds the exported functions", () => {
    expect(functions.length).toBeGreaterThan(20);
  });

  for (const { module, name, fn } of functions) {
    it(`${module} ${name} answers wrong arguments with a result or an NrmkitError`, async () => {
      const arity = Math.max(fn.length, 1) + 1;
      for (let position = 0; position < arity; position++) {
        for (const wrong of WRONG) {
          // Arguments before the wrong one are plausible enough to get that far.
          const args: unknown[] = Array.from({ length: position }, (_, i) => (i === 0 ? "" : {}));
          args.push(wrong);
          let thrown: unknown;
          try {
            await settle(fn(...args));
          } catch (error) {
            thrown = error;
          }
          if (thrown === undefined) continue;
          const described = `${name}(${args.map((a) => (typeof a === "symbol" ? "Symbol()" : typeof a === "bigint" ? `${a}n` : (JSON.stringify(a) ?? String(a)))).join(", ")})`;
          expect(isNrmkitError(thrown), `${described} threw ${String(thrown)}`).toBe(true);
          const code = (thrown as { code: string }).code;
          expect(["invalid_argument", "validation_failed", "disclosure_risk"], `${described}: ${code}`).toContain(code);
          // The message names the argument (or the field of it) and the rule: "options: expected …".
          if (code === "invalid_argument") expect((thrown as Error).message).toMatch(/^[\w.[\]"]+: expected /);
        }
      }
    });
  }
});
