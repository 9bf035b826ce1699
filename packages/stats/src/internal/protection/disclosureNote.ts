import type { RoundingMetadata } from "../../disclosureMetadata.js";

/** What the footnote of a protected table depends on. */
export interface NoteSettings {
  readonly suppression: boolean;
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly markers: "uniform" | "distinct";
  readonly rounding: RoundingMetadata | null;
}

function cells(count: number): string {
  return `${String(count)} ${count === 1 ? "cell" : "cells"}`;
}

function cellsAre(count: number): string {
  return `${cells(count)} ${count === 1 ? "is" : "are"}`;
}

/** The plain-language footnote of a protected table: what was hidden, how values were rounded. */
export function noteOf(settings: NoteSettings, primary: number, secondary: number): string {
  const sentences: string[] = [];
  if (settings.suppression) {
    const range = `${String(settings.zerosSensitive ? 0 : 1)} to ${String(settings.threshold - 1)}`;
    const hidden = primary + secondary;
    if (hidden === 0) {
      sentences.push(`No cells are hidden: no count is from ${range}.`);
    } else if (settings.markers === "uniform") {
      sentences.push(
        `${cellsAre(hidden)} hidden: counts from ${range}, and further cells so that no hidden count can be recomputed from the totals; hidden cells may be zeros.`,
      );
    } else {
      sentences.push(`Counts from ${range} are hidden (${cells(primary)}, primary suppression).`);
      if (secondary > 0) {
        sentences.push(
          `${String(secondary)} more ${secondary === 1 ? "cell is" : "cells are"} hidden so that no hidden count can be recomputed from the totals (secondary suppression).`,
        );
      }
    }
  }
  if (settings.rounding !== null) {
    sentences.push(
      settings.rounding.kind === "down"
        ? `Shown counts are rounded down to a multiple of ${String(settings.rounding.base)}.`
        : `Shown counts are rounded to the nearest multiple of ${String(settings.rounding.base)}; totals are rounded separately.`,
    );
  }
  sentences.push("Totals count persons.");
  return sentences.join(" ");
}
