import type { Decision, DecisionEffects, DecisionLink, DecisionStatus, DecisionStatusChange } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  decisionEffectsSchema,
  decisionLinkSchema,
  decisionSchema,
  decisionStatusChangeSchema,
  decisionStatusSchema,
} from "./decisionSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("decisionSchema", () => {
  it("infers Decision from decisionSchema", () => {
    expectTypeOf<z.infer<typeof decisionSchema>>().toEqualTypeOf<Decision>();
  });

  it("infers DecisionStatus from decisionStatusSchema", () => {
    expectTypeOf<z.infer<typeof decisionStatusSchema>>().toEqualTypeOf<DecisionStatus>();
  });

  it("infers DecisionStatusChange from decisionStatusChangeSchema", () => {
    expectTypeOf<z.infer<typeof decisionStatusChangeSchema>>().toEqualTypeOf<DecisionStatusChange>();
  });

  it("infers DecisionLink from decisionLinkSchema", () => {
    expectTypeOf<z.infer<typeof decisionLinkSchema>>().toEqualTypeOf<DecisionLink>();
  });

  it("infers DecisionEffects from decisionEffectsSchema", () => {
    expectTypeOf<z.infer<typeof decisionEffectsSchema>>().toEqualTypeOf<DecisionEffects>();
  });
});
