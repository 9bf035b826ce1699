import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripForbiddenKeys } from "./safeJson.js";

/** Parses `text` and strips it, as the import does. */
function strip(text: string): { value: unknown; forbidden: (string | number)[][] } {
  const value: unknown = JSON.parse(text);
  return { value, forbidden: stripForbiddenKeys(value, text) };
}

describe("stripForbiddenKeys", () => {
  it("leaves JSON without forbidden keys unchanged", () => {
    expect(strip('{"a":[1,{"b":2}]}')).toEqual({ value: { a: [1, { b: 2 }] }, forbidden: [] });
  });

  it.each([
    ['{"__proto__":{"polluted":1},"a":1}', [["__proto__"]]],
    ['{"a":[{"constructor":1}]}', [["a", 0, "constructor"]]],
    ['{"\\u005f_proto__":1}', [["__proto__"]]],
    ['[{"prototype":{}}]', [[0, "prototype"]]],
  ])("removes and reports the forbidden keys of %s", (text, paths) => {
    const result = strip(text);
    expect(result.forbidden).toEqual(paths);
    expect(JSON.stringify(result.value)).not.toMatch(/__proto__|constructor|prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("handles deep nesting without overflowing", () => {
    const depth = 100_000;
    const { forbidden } = strip(`${"[".repeat(depth)}{"__proto__":1}${"]".repeat(depth)}`);
    expect(forbidden[0]?.length).toBe(depth + 1);
  });

  it("removes every forbidden key of arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const { value } = strip(text);
        expect(JSON.stringify(value)).not.toMatch(/"(__proto__|constructor|prototype)":/);
      }),
    );
  });
});
