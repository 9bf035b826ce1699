import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonSafely } from "./safeJson.js";

describe("parseJsonSafely", () => {
  it("parses JSON without forbidden keys unchanged", () => {
    expect(parseJsonSafely('{"a":[1,{"b":2}]}')).toEqual({ ok: true, value: { a: [1, { b: 2 }] }, forbidden: [] });
  });

  it.each([
    ['{"__proto__":{"polluted":1},"a":1}', [["__proto__"]]],
    ['{"a":[{"constructor":1}]}', [["a", 0, "constructor"]]],
    ['{"\\u005f_proto__":1}', [["__proto__"]]],
    ['[{"prototype":{}}]', [[0, "prototype"]]],
  ])("removes and reports the forbidden keys of %s", (text, paths) => {
    const result = parseJsonSafely(text);
    expect(result).toMatchObject({ ok: true, forbidden: paths });
    expect(JSON.stringify(result.ok ? result.value : null)).not.toMatch(/__proto__|constructor|prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a syntax error instead of throwing", () => {
    expect(parseJsonSafely("{oops")).toMatchObject({ ok: false });
  });

  it("handles deep nesting without overflowing", () => {
    const depth = 100_000;
    const result = parseJsonSafely(`${"[".repeat(depth)}{"__proto__":1}${"]".repeat(depth)}`);
    expect(result.ok && result.forbidden[0]?.length).toBe(depth + 1);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseJsonSafely(text).ok).toBe("boolean");
      }),
    );
  });
});
