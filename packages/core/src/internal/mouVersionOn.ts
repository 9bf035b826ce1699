import { compareIsoDates, type IsoDate } from "../isoDate.js";
import type { Mou } from "../mou.js";
import type { MouVersion } from "../mouHistory.js";

/**
 * Picks the MoU as it stood on a date out of its versions (as {@link mouVersions} lists them).
 *
 * @param versions - The versions, oldest first.
 * @param date - The day to look at.
 * @returns The last version dated on or before `date`, or `undefined` when every version is later.
 */
export function mouVersionOn(versions: readonly MouVersion[], date: IsoDate): Mou | undefined {
  let found: Mou | undefined;
  for (const version of versions) {
    if (compareIsoDates(version.date, date) > 0) break;
    found = version.mou;
  }
  return found;
}
