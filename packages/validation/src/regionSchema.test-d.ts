import type { Region } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { regionSchema } from "./regionSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("regionSchema", () => {
  it("infers Region from regionSchema", () => {
    expectTypeOf<z.infer<typeof regionSchema>>().toEqualTypeOf<Region>();
  });
});
