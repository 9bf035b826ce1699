/**
 * iCalendar (RFC 5545) output of task-force meetings and decisions, as its own entry point so
 * that only users who import it load the `ical.js` library.
 *
 * @packageDocumentation
 */
export type { ICalendarOptions } from "./renderICalendar.js";
export { renderICalendar } from "./renderICalendar.js";
