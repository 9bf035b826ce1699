import { isNrmkitError, NrmkitError } from "@nrmkit/core";
import { describe, expect, it, vi } from "vitest";
import { isValidationError, summarizeIssues, ValidationError, type ValidationIssue } from "./validationError.js";

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

describe("isValidationError", () => {
  it("recognises a validation error when it is one, and nothing else", () => {
    expect(isValidationError(new ValidationError([issue(1)]))).toBe(true);
    expect(isValidationError(new NrmkitError("validation_failed", "x"))).toBe(false);
    expect(isValidationError(new NrmkitError("not_found", "x"))).toBe(false);
    expect(isValidationError(Object.assign(new Error("x"), { code: "validation_failed", issues: [] }))).toBe(false);
    expect(isValidationError(undefined)).toBe(false);
  });

  it("recognises errors across copies of the package when the modules are loaded twice", async () => {
    vi.resetModules();
    const copy = (await import("./validationError.js")) as typeof import("./validationError.js");
    const core = (await import("@nrmkit/core")) as typeof import("@nrmkit/core");
    expect(copy.ValidationError).not.toBe(ValidationError);
    expect(core.NrmkitError).not.toBe(NrmkitError);
    const fromCopy = new copy.ValidationError([issue(1)]);
    expect(isValidationError(fromCopy)).toBe(true);
    expect(fromCopy instanceof ValidationError).toBe(true);
    expect(fromCopy instanceof NrmkitError).toBe(true);
    expect(isNrmkitError(fromCopy, "validation_failed")).toBe(true);
    expect(new ValidationError([issue(2)]) instanceof copy.ValidationError).toBe(true);
    expect(new ValidationError([issue(2)]) instanceof core.NrmkitError).toBe(true);
    expect(new core.NrmkitError("validation_failed", "x") instanceof ValidationError).toBe(false);
  });

  it("holds the documented example", () => {
    expect(
      isValidationError(
        new ValidationError([{ code: "invalid_type", path: ["date"], message: "date: expected YYYY-MM-DD" }]),
      ),
    ).toBe(true);
    expect(isValidationError(new Error("date: expected YYYY-MM-DD"))).toBe(false);
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

  it("marks a warning's line with (warning) and leaves errors as they were", () => {
    const warning: ValidationIssue = { ...issue(2), code: "venue_outside_task_force_region", severity: "warning" };
    expect(summarizeIssues([issue(1), warning]).split("\n")).toEqual([
      "2 validation issues:",
      "  - issue 1",
      "  - (warning) issue 2",
    ]);
  });
});
