import type { Person, Position } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { personSchema, positionSchema } from "./personSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("personSchema", () => {
  it("infers Person from personSchema", () => {
    expectTypeOf<z.infer<typeof personSchema>>().toEqualTypeOf<Person>();
  });

  it("infers Position from positionSchema", () => {
    expectTypeOf<z.infer<typeof positionSchema>>().toEqualTypeOf<Position>();
  });
});
