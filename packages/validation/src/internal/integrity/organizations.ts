import type { Region } from "@nrmkit/core";
import { belarusRegions } from "@nrmkit/core/belarus2014";
import { chainNotReturningTo, regionCodeOf, regionCodeStartingWith } from "../integrityPhrases.js";
import type { IntegrityContext } from "./context.js";

/** Countries whose region codes ship with core as reference data. */
const REFERENCE_REGIONS: ReadonlyMap<string, readonly Region[]> = new Map([["BY", belarusRegions]]);

/**
 * `region_country_mismatch` when a region's code does not start with its country, and
 * `unknown_region_code` when the country has bundled reference data that lacks the code.
 */
export function checkRegionCodes(context: IntegrityContext): void {
  for (const { value, index } of context.entries.regions) {
    const path = ["regions", index, "id"];
    if (!value.id.startsWith(`${value.country}-`)) {
      context.report("region_country_mismatch", path, regionCodeStartingWith(value.country), value.id);
      continue;
    }
    const reference = REFERENCE_REGIONS.get(value.country);
    if (reference !== undefined && !reference.some((region) => region.id === value.id)) {
      const codes = reference.map((region) => region.id);
      context.report("unknown_region_code", path, regionCodeOf(value.country, codes), value.id);
    }
  }
}

/** `parent_cycle`: following `parentId` from an organisation must never lead back to it. */
export function checkParentCycles(context: IntegrityContext): void {
  const parents = context.byId.organizations;
  for (const { value, index } of context.entries.organizations) {
    const chain = [value.id];
    const seen = new Set(chain);
    let next = value.parentId;
    while (next !== undefined && !seen.has(next)) {
      chain.push(next);
      seen.add(next);
      next = parents.get(next)?.parentId;
    }
    if (next === value.id) {
      const shown = chain.length > 6 ? [...chain.slice(0, 5), "…"] : chain;
      context.report(
        "parent_cycle",
        ["organizations", index, "parentId"],
        chainNotReturningTo(value.id),
        [...shown, value.id].join(" → "),
      );
    }
  }
}
