import type { RoundingMetadata } from "../../disclosureMetadata.js";
import type { CellStatus } from "../../statTable.js";

/** What a reader is told about the protection: threshold, zeros, rounding, markers and secondary suppression. */
export interface Disclosed {
  readonly threshold: number;
  readonly zerosSensitive: boolean;
  readonly rounding: RoundingMetadata | null;
  readonly markers: "uniform" | "distinct";
  /** Whether secondary suppression was applied at all (the metadata's `secondary` is not `"none"`). */
  readonly secondary: boolean;
  /**
   * How many entries secondary suppression hid, when the table shows it (the metadata's
   * `suppressedSecondary`); `null` when it does not, as under uniform markers.
   */
  readonly suppressedSecondary: number | null;
}

/**
 * Whether a reader must allow a hidden entry to be zero: when zeros are sensitive (primary
 * suppression hides them), or with uniform markers when secondary suppression may have hidden
 * one: it was applied and the table does not show that it hid nothing (a shown
 * `suppressedSecondary` of 0 tells the reader every hidden entry is primary, hence at least 1).
 * With distinct markers secondary suppression never hides zeros: a marked zero would be known to
 * be 0 or at least the threshold, which an interval cannot express.
 */
export function hiddenMayBeZero(disclosed: Disclosed): boolean {
  if (disclosed.zerosSensitive) return true;
  if (disclosed.markers !== "uniform" || !disclosed.secondary) return false;
  return disclosed.suppressedSecondary === null || disclosed.suppressedSecondary > 0;
}

/** What a reader can tell about one entry from its shown value and status alone. */
export function knownInterval(
  value: number | null,
  status: CellStatus | undefined,
  disclosed: Disclosed,
): readonly [number, number] {
  const { threshold, rounding, markers } = disclosed;
  const hiddenFloor = hiddenMayBeZero(disclosed) ? 0 : 1;
  if (status === "suppressed" || status === "suppressed_primary" || status === "suppressed_secondary") {
    // One marker for both (or a status that does not say which): a hidden cell is below the
    // threshold or at least at it, i.e. anything from hiddenFloor up.
    if (markers === "uniform" || status === "suppressed") return [hiddenFloor, Number.POSITIVE_INFINITY];
    // Distinct markers tell primary cells lie below the threshold, secondary ones at or above it.
    return status === "suppressed_primary" ? [hiddenFloor, threshold - 1] : [threshold, Number.POSITIVE_INFINITY];
  }
  if (value === null || status === undefined || status === "not_applicable") return [0, Number.POSITIVE_INFINITY];
  if (status === "rounded" && rounding !== null) {
    const base = rounding.base;
    if (rounding.kind === "down") return [value, value + base - 1];
    return [Math.max(0, Math.ceil(value - base / 2)), Math.ceil(value + base / 2) - 1];
  }
  return [value, value];
}
