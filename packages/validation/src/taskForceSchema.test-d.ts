import type { MandateItem, MandateKind, TaskForce } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { mandateItemSchema, mandateKindSchema, taskForceSchema } from "./taskForceSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("taskForceSchema", () => {
  it("infers TaskForce from taskForceSchema", () => {
    expectTypeOf<z.infer<typeof taskForceSchema>>().toEqualTypeOf<TaskForce>();
  });

  it("infers MandateItem from mandateItemSchema", () => {
    expectTypeOf<z.infer<typeof mandateItemSchema>>().toEqualTypeOf<MandateItem>();
  });

  it("infers MandateKind from mandateKindSchema", () => {
    expectTypeOf<z.infer<typeof mandateKindSchema>>().toEqualTypeOf<MandateKind>();
  });
});
