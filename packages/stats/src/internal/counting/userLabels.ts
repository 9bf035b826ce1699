import type { CaseFieldDefinition } from "@nrmkit/core";
import type { AggregateSpec } from "../../aggregate.js";
import type { UserLabels } from "../../localizeTable.js";
import { dimensionOptions } from "./compileDimension.js";
import { orderedSpecs } from "./compileSpec.js";

/**
 * Which labels of a table built from `spec` the user gave (dimension and category labels, the
 * period label, custom periods, user-defined fields' labels), so that a locale never replaces
 * them, even where one happens to equal the English default.
 */
export function userLabelsOf(spec: AggregateSpec, fields: readonly CaseFieldDefinition[]): UserLabels {
  const options = orderedSpecs(spec).map(dimensionOptions);
  return (d, code) => {
    const dimension = options[d];
    if (dimension === undefined) return false;
    const isPeriod = dimension.name === "period";
    if (code === undefined) return dimension.label !== undefined || (isPeriod && spec.periodLabel !== undefined);
    if (isPeriod) return typeof spec.period !== "string";
    if (dimension.labels !== undefined && Object.hasOwn(dimension.labels, code)) return true;
    if (!dimension.name.startsWith("extra.")) return false;
    const field = fields.find((candidate) => `extra.${candidate.name}` === dimension.name);
    const labels = field?.labels as Readonly<Record<string, string>> | undefined;
    return labels !== undefined && Object.hasOwn(labels, code);
  };
}
