import { isNrmkitError } from "@nrmkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createParsers } from "./createParsers.js";
import { ValidationError } from "./validationError.js";

const { parse, safeParse } = createParsers(z.strictObject({ code: z.string(), n: z.int() }));

describe("createParsers", () => {
  it("returns the data when the input is valid", () => {
    expect(parse({ code: "BY", n: 1 })).toEqual({ code: "BY", n: 1 });
    expect(safeParse({ code: "BY", n: 1 })).toEqual({ success: true, data: { code: "BY", n: 1 } });
  });

  it("reports every issue at once when the input is invalid", () => {
    const result = safeParse({ code: 1, n: "x" }, { pathPrefix: ["rows", 2] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", ["rows", 2, "code"]],
      ["invalid_type", ["rows", 2, "n"]],
    ]);
  });

  it("throws a ValidationError with code validation_failed when parse fails", () => {
    expect.assertions(3);
    try {
      parse({ code: 1, n: 1 });
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(isNrmkitError(error, "validation_failed")).toBe(true);
      expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([["code"]]);
    }
  });

  it("turns an exception inside the schema into a schema_error issue when safeParse runs", () => {
    const throwing = createParsers(
      z.string().refine(() => {
        throw new Error("boom");
      }),
    );
    const result = throwing.safeParse("x");
    expect(result).toMatchObject({ success: false, issues: [{ code: "schema_error", path: [] }] });
  });

  it("never throws on arbitrary input when safeParse runs", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeParse(input);
        expect(result.success || result.issues.length > 0).toBe(true);
      }),
    );
  });
});
