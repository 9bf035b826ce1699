import { NrmkitError } from "@nrmkit/core";
import type { EncodedCases, EncodedMultiField } from "../../encodeCases.js";
import type { Category, Dimension } from "../../statTable.js";
import type { CompiledDimension } from "./compileDimension.js";
import { type BuiltInDimension, DEFINITIONS, type Definition } from "./dimensionDefinitions.js";
import { NONE, UNKNOWN } from "./vocabulary.js";

/** The categories of a value's status dimension, in this order: the status codes are their indexes. */
export const PRESENT = "present";
export const ABSENT = "absent";
const STATUS_CODES = [PRESENT, ABSENT, UNKNOWN] as const;

/** The definition of a multi-valued dimension, or an error naming the field. */
export function multiDefinition(field: string): Definition {
  const definition = Object.hasOwn(DEFINITIONS, field) ? DEFINITIONS[field as BuiltInDimension] : undefined;
  if (definition === undefined || !definition.multi) {
    throw new NrmkitError(
      "invalid_argument",
      `field: expected a multi-valued dimension (exploitation, exploitationGroup, labourSectors, sexualExploitationForms, meansOfControl, recruiterRelations, assistance), received ${JSON.stringify(field)}`,
    );
  }
  return definition;
}

/** The values of a multi-valued dimension that can be present: its output codes but "none" and "unknown". */
export function valuesOf(definition: Definition): string[] {
  return (definition.output?.codes ?? []).filter((code) => code !== NONE && code !== UNKNOWN);
}

/**
 * Compiles, for one value of a multi-valued dimension, a single-valued dimension of its status:
 * present (some source value that derives to it is present), absent (none present and none not
 * recorded, in a recorded field) or not recorded. Keyed by the field's combination codes, so the
 * counting kernel reads the same `codes` column as the field itself.
 */
export function compileValueStatus(
  encoded: EncodedCases,
  name: string,
  definition: Definition,
  value: string,
): CompiledDimension {
  const column = encoded.multi[definition.field as EncodedMultiField];
  const derive = definition.derive ?? ((code: string) => code);
  let covers = 0;
  let unknownBit = 0;
  column.dictionary.forEach((code, bit) => {
    if (code === UNKNOWN) unknownBit = 2 ** bit;
    else if (code !== NONE && derive(code) === value) covers += 2 ** bit;
  });
  const notRecorded = column.notRecorded;
  const index = Int32Array.from(column.combinations, (present, c) => {
    if ((present & covers) !== 0) return 0;
    if ((present & unknownBit) !== 0 || ((notRecorded?.[c] ?? 0) & covers) !== 0) return 2;
    return 1;
  });
  const label = definition.output?.labels[value] ?? value;
  const categories: Category[] = [
    { code: PRESENT, label: "Present", unknown: false },
    { code: ABSENT, label: "Absent", unknown: false },
    { code: UNKNOWN, label: "Not recorded", unknown: true },
  ];
  const dimension: Dimension = {
    name,
    label: `${definition.label}: ${label}`,
    kind: "category",
    multiValued: false,
    categories,
  };
  return {
    dimension,
    size: STATUS_CODES.length,
    kind: "index",
    keys: column.codes,
    index,
    masks: new Uint32Array(0),
    filters: false,
  };
}
