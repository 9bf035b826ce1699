import type { ClauseTopic, Mou, MouClause, MouParty } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { clauseTopicSchema, mouClauseSchema, mouPartySchema, mouSchema } from "./mouSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("mouSchema", () => {
  it("infers Mou from mouSchema", () => {
    expectTypeOf<z.infer<typeof mouSchema>>().toEqualTypeOf<Mou>();
  });

  it("infers MouClause from mouClauseSchema", () => {
    expectTypeOf<z.infer<typeof mouClauseSchema>>().toEqualTypeOf<MouClause>();
  });

  it("infers MouParty from mouPartySchema", () => {
    expectTypeOf<z.infer<typeof mouPartySchema>>().toEqualTypeOf<MouParty>();
  });

  it("infers ClauseTopic from clauseTopicSchema", () => {
    expectTypeOf<z.infer<typeof clauseTopicSchema>>().toEqualTypeOf<ClauseTopic>();
  });
});
