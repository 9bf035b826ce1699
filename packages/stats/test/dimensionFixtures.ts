// Dimensions shared by the disclosure property suites: nested custom periods and a multi-valued
// dimension of any width, built by hand (independent of the counting engine).
import type { Category, Dimension } from "../src/statTable.js";

/** Nested periods: 2014-2015 ⊃ 2014 = 2014 H1 ∪ 2014 H2. */
export const NESTED_PERIODS: Category[] = [
  { code: "2014-2015", label: "2014-2015", unknown: false, from: "2014-01-01", to: "2015-12-31" },
  { code: "2014", label: "2014", unknown: false, from: "2014-01-01", to: "2014-12-31" },
  { code: "2014H1", label: "2014 H1", unknown: false, from: "2014-01-01", to: "2014-06-30" },
  { code: "2014H2", label: "2014 H2", unknown: false, from: "2014-07-01", to: "2014-12-31" },
];

/** Per half-year index (0: 2014 H1, 1: 2014 H2, 2: 2015), the nested periods a person falls in. */
export const HALVES: readonly (readonly string[])[] = [
  ["2014-2015", "2014", "2014H1"],
  ["2014-2015", "2014", "2014H2"],
  ["2014-2015"],
];

/** The nested periods as a period dimension. */
export function nestedPeriodDimension(): Dimension {
  return { name: "period", label: "Period", kind: "period", multiValued: true, categories: NESTED_PERIODS };
}

/** A multi-valued dimension `forms` of `width` values v0…, "none" and "not recorded", with an optional "v0 or v1" subtotal. */
export function formsDimension(width: number, subtotal: boolean): Dimension {
  const categories: Category[] = Array.from({ length: width }, (_, v) => ({
    code: `v${String(v)}`,
    label: `Value ${String(v)}`,
    unknown: false,
  }));
  categories.push({ code: "none", label: "None", unknown: false });
  categories.push({ code: "unknown", label: "Not recorded", unknown: true });
  if (subtotal) categories.push({ code: "v0-v1", label: "Value 0 or 1", unknown: false, members: ["v0", "v1"] });
  return { name: "forms", label: "Forms", kind: "category", multiValued: true, categories };
}
