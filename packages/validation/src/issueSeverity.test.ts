import { describe, expect, it } from "vitest";
import { issueSeverity } from "./issueSeverity.js";
import type { ValidationIssue } from "./validationError.js";

const base: ValidationIssue = { code: "x", path: ["a"], message: "a: expected y" };

describe("issueSeverity", () => {
  it.each([
    ["no severity field (every error nrmkit writes, and issues built by hand)", base, "error"],
    ["severity error", { ...base, severity: "error" }, "error"],
    ["severity warning", { ...base, severity: "warning" }, "warning"],
    ["an unknown severity read from JSON", { ...base, severity: "info" } as unknown as ValidationIssue, "error"],
  ] as const)("returns the severity when the issue has %s", (_name, issue, expected) => {
    expect(issueSeverity(issue)).toBe(expected);
  });

  it("throws invalid_argument when the issue is not an object", () => {
    expect(() => issueSeverity(null as unknown as ValidationIssue)).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
