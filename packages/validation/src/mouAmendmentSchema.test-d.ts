import type { MouAmendment, MouOperation } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { mouAmendmentSchema, mouOperationSchema } from "./mouAmendmentSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("mouAmendmentSchema", () => {
  it("infers MouAmendment from mouAmendmentSchema", () => {
    expectTypeOf<z.infer<typeof mouAmendmentSchema>>().toEqualTypeOf<MouAmendment>();
  });

  it("infers MouOperation from mouOperationSchema", () => {
    expectTypeOf<z.infer<typeof mouOperationSchema>>().toEqualTypeOf<MouOperation>();
  });
});
