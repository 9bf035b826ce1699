import type { IsoDate } from "./isoDate.js";
import { compareIsoDates } from "./isoDate.js";
import type { Mou, MouParty } from "./mou.js";

function isActiveOn(party: MouParty, date: IsoDate): boolean {
  return (
    compareIsoDates(party.signedDate, date) <= 0 &&
    (party.withdrawnDate === undefined || compareIsoDates(date, party.withdrawnDate) < 0)
  );
}

/**
 * Tells whether an organisation was a party to an MoU on a date.
 *
 * @remarks
 * A party counts from its signing day, inclusive, up to the day before it withdrew. Pass the MoU
 * version that holds the party list you mean (see {@link mouAsOf}).
 *
 * @param mou - The MoU (a version with its party list).
 * @param organizationId - The organisation.
 * @param date - The day to look at.
 * @returns `true` when it had signed on or before `date` and had not withdrawn by then.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, isMouPartyOn } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const gomelMou = getById(indexDataset(belarusTaskForces2014), "mous", "mou-gomel"); // signed 2013-03-01 (illustrative)
 * isMouPartyOn(gomelMou, "org-by-ho-red-cross", "2014-04-16");
 * // => true
 * isMouPartyOn(gomelMou, "org-by-ho-bywca", "2014-04-16");
 * // => false
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function isMouPartyOn(mou: Mou, organizationId: string, date: IsoDate): boolean {
  return mou.parties.some((party) => party.organizationId === organizationId && isActiveOn(party, date));
}

/**
 * Lists the organisations that were parties to an MoU on a date, in the MoU's party order.
 *
 * @param mou - The MoU (a version with its party list).
 * @param date - The day to look at.
 * @returns Organisation ids, each once.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, mouPartiesOn } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const gomelMou = getById(indexDataset(belarusTaskForces2014), "mous", "mou-gomel");
 * mouPartiesOn(gomelMou, "2014-04-16");
 * // => ["org-by-ho-interior", "org-by-ho-labour", "org-by-ho-bar", "org-by-ho-ideology", "org-by-ho-red-cross"]
 * mouPartiesOn(gomelMou, "2012-12-31");
 * // => []
 * ```
 *
 * @category MoU
 * @since 0.1.0
 */
export function mouPartiesOn(mou: Mou, date: IsoDate): readonly string[] {
  const ids = mou.parties.filter((party) => isActiveOn(party, date)).map((party) => party.organizationId);
  return [...new Set(ids)];
}
