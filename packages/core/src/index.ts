/**
 * The domain model of National Referral Mechanism task forces: regions, organisations, people,
 * memoranda of understanding, meetings and decisions, as immutable data with history.
 *
 * @packageDocumentation
 */

export type { NrmkitErrorCode, NrmkitErrorOptions } from "./error.js";
export { isNrmkitError, NrmkitError } from "./error.js";
