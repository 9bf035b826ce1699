import { compareIsoDates, type IsoDate, toDate } from "../isoDate.js";

/**
 * Returns a copy of `items` in date order; items with equal dates keep their order (sort is stable).
 *
 * @param items - Anything with a `date`.
 * @returns A new, sorted array.
 * @throws NrmkitError with code `invalid_date` when a date is not `YYYY-MM-DD`.
 */
export function byDate<T extends { readonly date: IsoDate }>(items: readonly T[]): T[] {
  for (const item of items) toDate(item.date);
  return [...items].sort((a, b) => compareIsoDates(a.date, b.date));
}
