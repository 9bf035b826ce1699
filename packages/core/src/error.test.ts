import { describe, expect, it } from "vitest";
import { isNrmkitError, NrmkitError } from "./error.js";

describe("NrmkitError", () => {
  it("keeps code, message and cause when constructed", () => {
    const cause = new TypeError("inner");
    const error = new NrmkitError("invalid_argument", "x", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_argument");
    expect(error.name).toBe("NrmkitError");
    expect(error.cause).toBe(cause);
  });
});

describe("isNrmkitError", () => {
  it.each([
    [new NrmkitError("not_found", "x"), undefined, true],
    [new NrmkitError("not_found", "x"), "not_found", true],
    [new NrmkitError("not_found", "x"), "duplicate_id", false],
    [new Error("x"), undefined, false],
    ["not_found", undefined, false],
  ] as const)("answers %# correctly", (value, code, expected) => {
    expect(isNrmkitError(value, code)).toBe(expected);
  });
});
