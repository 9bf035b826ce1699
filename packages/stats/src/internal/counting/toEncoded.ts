import type { CaseFieldDefinition, CaseRecord } from "@nrmkit/core";
import type { CaseInput } from "../../aggregate.js";
import { type EncodedCases, encodeCases } from "../../encodeCases.js";

/** Encodes records (with the user-defined fields given) unless they already are. */
export function toEncoded(input: CaseInput, fields?: readonly CaseFieldDefinition[]): EncodedCases {
  if ("kind" in input && input.kind === "encoded_cases") return input;
  return encodeCases(input as readonly CaseRecord[], fields === undefined ? {} : { fields });
}
