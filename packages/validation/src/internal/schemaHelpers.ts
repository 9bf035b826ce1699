import * as z from "zod";

/**
 * A strict object whose output is readonly (and frozen), so its inferred type equals a core interface.
 *
 * Strict because unknown keys are usually typos (`organisationId`) that would otherwise vanish silently;
 * the caller hears about every one of them as an `unrecognized_keys` issue.
 */
export function entity<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape).readonly();
}

/** A readonly (and frozen) array of `item`. */
export function list<Item extends z.core.SomeType>(item: Item) {
  return z.array(item).readonly();
}

/** Options of {@link refined}: the issue code and the English `expected` phrase. */
export interface RefinementIssue {
  readonly code: string;
  readonly expected: string;
}

/** A string that must also pass `test`; a failure becomes one issue with the given code and expected phrase. */
export function refinedString(test: (value: string) => boolean, issue: RefinementIssue) {
  return z.string().refine(test, { message: issue.expected, params: { ...issue } });
}
