import type { Organization, OrganizationKind } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { organizationKindSchema, organizationSchema } from "./organizationSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("organizationSchema", () => {
  it("infers Organization from organizationSchema", () => {
    expectTypeOf<z.infer<typeof organizationSchema>>().toEqualTypeOf<Organization>();
  });

  it("infers OrganizationKind from organizationKindSchema", () => {
    expectTypeOf<z.infer<typeof organizationKindSchema>>().toEqualTypeOf<OrganizationKind>();
  });
});
