import { isNrmkitError, NrmkitError } from "@nrmkit/core";
import { describe, expect, it } from "vitest";
import { summarizeIssues, ValidationError, type ValidationIssue } from "./validationError.js";

const issue = (n: number): ValidationIssue => ({ code: "invalid_type", path: ["rows", n], message: `issue ${n}` });

describe("ValidationError", () => {
  it("is an NrmkitError with code validation_failed and keeps every issue", () => {
    const issues = [issue(1), issue(2)];
    const error = new ValidationError(issues);
    expect(error).toBeInstanceOf(NrmkitError);
    expect(isNrmkitError(error, "validation_failed")).toBe(true);
    expect(error.issues).toEqual(issues);
  });
});

describe("summarizeIssues", () => {
  it("lists up to the limit and counts the rest", () => {
    const text = summarizeIssues([issue(1), issue(2), issue(3)], 2);
    expect(text.split("\n")).toHaveLength(4);
    expect(text).toContain("1 more");
  });

  it("uses the singular for one issue", () => {
    expect(summarizeIssues([issue(1)])).toMatch(/^1 validation issue:/);
  });
});
