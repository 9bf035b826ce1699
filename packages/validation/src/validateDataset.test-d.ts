import type { NrmDataset } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type { SafeParseResult } from "./parseResult.js";
import type { validateDataset } from "./validateDataset.js";
import type { ValidationIssue } from "./validationError.js";

// Callers that typed the result as SafeParseResult<NrmDataset> before warnings existed still compile.
describe("validateDataset", () => {
  it("returns a result assignable to SafeParseResult<NrmDataset>", () => {
    expectTypeOf<ReturnType<typeof validateDataset>>().toExtend<SafeParseResult<NrmDataset>>();
  });

  it("carries the warnings on success", () => {
    type Success = Extract<ReturnType<typeof validateDataset>, { success: true }>;
    expectTypeOf<Success["warnings"]>().toEqualTypeOf<readonly ValidationIssue[]>();
  });
});
