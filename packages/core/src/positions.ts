import { type IsoDate, isWithinPeriod, toDate } from "./isoDate.js";
import type { Person, Position } from "./person.js";

/**
 * Lists the positions a person held on a date, in the order the person's record gives them.
 *
 * @remarks
 * A position without `startDate` counts as held since ever, one without `endDate` as still held.
 *
 * @param person - The person.
 * @param date - The day to look at.
 * @returns The positions held on `date`.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { getById, indexDataset, positionsOn } from "@nrmkit/core";
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 *
 * const koltun = getById(indexDataset(belarusTaskForces2014), "people", "person-koltun");
 * positionsOn(koltun, "2014-05-14").map((position) => position.title.en);
 * // => ["National Project Coordinator", "Deputy chairperson of the Department", "Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus"]
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function positionsOn(person: Person, date: IsoDate): readonly Position[] {
  toDate(date);
  return person.positions.filter((position) => isWithinPeriod(date, position.startDate, position.endDate));
}
