/**
 * Case-statistics aggregation with statistical disclosure control.
 *
 * @packageDocumentation
 */
export { roundToBase } from "./rounding.js";
