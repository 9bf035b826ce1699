import type { CaseRecord } from "@nrmkit/core";
import type { CaseInput } from "../aggregate.js";
import { type EncodedCases, encodeCases } from "../encodeCases.js";

/** Encodes records unless they already are. */
export function toEncoded(input: CaseInput): EncodedCases {
  return "kind" in input && input.kind === "encoded_cases" ? input : encodeCases(input as readonly CaseRecord[]);
}
