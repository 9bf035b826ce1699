import type { CaseRecord } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { caseRecordSchema } from "./caseRecordSchema.js";

describe("caseRecordSchema", () => {
  // Exact equality, readonly modifiers included: the schema's output is the core interface itself.
  it("infers CaseRecord", () => {
    expectTypeOf<z.infer<typeof caseRecordSchema>>().toEqualTypeOf<CaseRecord>();
  });
});
