import type { LocalizedText } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { localizedTextSchema } from "./localizedTextSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("localizedTextSchema", () => {
  it("infers LocalizedText from localizedTextSchema", () => {
    expectTypeOf<z.infer<typeof localizedTextSchema>>().toEqualTypeOf<LocalizedText>();
  });
});
