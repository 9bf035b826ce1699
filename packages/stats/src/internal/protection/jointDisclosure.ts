import type { DisclosureMetadata } from "../../disclosureMetadata.js";
import type { StatsDisclosureMessages } from "../../statsMessages.js";
import { noteOf } from "./disclosureNote.js";

/**
 * The disclosure metadata of several tables protected together (same options), as one: hidden
 * cells added up, the audit passed only when every table's did, the narrowest width, one footnote.
 */
export function jointDisclosure(
  disclosures: readonly DisclosureMetadata[],
  messages?: StatsDisclosureMessages,
  lang?: string,
): DisclosureMetadata {
  const [first] = disclosures;
  if (first === undefined) throw new Error("jointDisclosure: expected at least one table");
  if (disclosures.length === 1 || first.method === "none") return first;
  const sum = (read: (disclosure: DisclosureMetadata) => number | undefined) =>
    disclosures.reduce((total, disclosure) => total + (read(disclosure) ?? 0), 0);
  const suppressedCells = sum((disclosure) => disclosure.suppressedCells);
  const distinct = first.suppressedPrimary !== undefined;
  const primary = distinct ? sum((disclosure) => disclosure.suppressedPrimary) : suppressedCells;
  const secondary = distinct ? sum((disclosure) => disclosure.suppressedSecondary) : 0;
  const widths = disclosures
    .map((disclosure) => disclosure.audit?.minWidth ?? null)
    .filter((width): width is number => width !== null);
  const audit =
    first.audit === null
      ? null
      : {
          ...first.audit,
          passed: disclosures.every((disclosure) => disclosure.audit?.passed === true),
          minWidth: widths.length === 0 ? null : Math.min(...widths),
        };
  const note = noteOf(
    {
      suppression: first.method === "suppression" || first.method === "suppression_and_rounding",
      threshold: first.threshold ?? 0,
      zerosSensitive: first.zerosSensitive,
      markers: first.markers ?? "distinct",
      rounding: first.rounding,
    },
    primary,
    secondary,
    messages,
    lang,
  );
  return {
    ...first,
    suppressedCells,
    ...(distinct ? { suppressedPrimary: primary, suppressedSecondary: secondary } : {}),
    audit,
    note,
  };
}
