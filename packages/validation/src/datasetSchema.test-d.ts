import type { NrmDataset } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { datasetSchema } from "./datasetSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("datasetSchema", () => {
  it("infers NrmDataset from datasetSchema", () => {
    expectTypeOf<z.infer<typeof datasetSchema>>().toEqualTypeOf<NrmDataset>();
  });
});
