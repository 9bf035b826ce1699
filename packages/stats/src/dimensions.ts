/**
 * The dimensions a case table can be broken down by: record fields and derived groupings.
 *
 * @remarks
 * - `ageGroup`: children (0-17) / adults (18+) / not recorded, from `ageBand`, or from
 *   `majorityStatus` when the band is not recorded.
 * - `migration`: transnational / internal / not recorded, comparing `citizenship` with
 *   `exploitationCountry` (not recorded when either is unknown).
 * - `exploitationGroup`: Eurostat's sexual / labour (forced labour, domestic servitude, servitude,
 *   slavery and similar practices, child labour) / other forms.
 * - `exploitation`, `exploitationGroup`, `labourSectors`, `sexualExploitationForms`,
 *   `meansOfControl`, `recruiterRelations` and `assistance` are multi-valued: a person counts once
 *   in each category that applies; an empty list counts in `"none"`, an absent field in
 *   `"unknown"` (not recorded), and so does an empty list whose every value is named in
 *   `CaseRecord.notRecorded` (values not recorded beside present ones are simply not counted).
 * - Absent optional fields (`regionId`, `registrationCountry`, `majorityStatus`, …) count in `"unknown"`.
 * - `extra.<name>`: a user-defined field declared with `defineCaseFields` and passed to
 *   `encodeCases` (or in the spec's `fields`): its codes in declaration order (`"true"`, `"false"`
 *   for a boolean field), then `"unknown"`.
 * - `period`: the time periods chosen by the `period` option, placed where it appears in the list
 *   (first when absent from the list).
 *
 * @example
 * ```ts
 * import type { DimensionName } from "@nrmkit/stats";
 *
 * const dimensions: DimensionName[] = ["regionId", "exploitationGroup"];
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type DimensionName =
  | "period"
  | "regionId"
  | "registrationCountry"
  | "dataSource"
  | "gender"
  | "ageBand"
  | "ageGroup"
  | "majorityStatus"
  | "majorityStatusAtExploitation"
  | "majorityStatusAtEntry"
  | "citizenship"
  | "exploitationCountry"
  | "migration"
  | "exploitation"
  | "exploitationGroup"
  | "labourSectors"
  | "sexualExploitationForms"
  | "meansOfControl"
  | "recruiterRelations"
  | "abduction"
  | "assistance"
  | "referringAgencyKind"
  | "traffickingStatus"
  | "traffickingStatusDecidedBy"
  | "caseStatus"
  | `extra.${string}`;

/**
 * A subtotal category (hierarchical total) added to a dimension: the persons in any of its members.
 *
 * @example
 * ```ts
 * import type { SubtotalSpec } from "@nrmkit/stats";
 *
 * const minors: SubtotalSpec = { code: "child", label: "Children", members: ["0-8", "9-17"] };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface SubtotalSpec {
  /** Code of the subtotal category; must differ from every category code of the dimension. */
  readonly code: string;
  /** Label; defaults to the code. */
  readonly label?: string;
  /** Codes of the categories (or earlier subtotals) it adds up. */
  readonly members: readonly string[];
}

/**
 * A dimension with options: its label, the categories to show (in order), category labels and subtotals.
 *
 * @remarks
 * Records whose value is not among `categories` are left out of the whole table (cells and totals).
 * Without `categories`, fixed vocabularies show every category (zeros included) and open ones
 * (`regionId`, `registrationCountry`, `citizenship`, `exploitationCountry`) show the codes present,
 * sorted, "unknown" last.
 *
 * @example
 * ```ts
 * import type { DimensionOptions } from "@nrmkit/stats";
 *
 * const region: DimensionOptions = {
 *   name: "regionId",
 *   label: "Oblast",
 *   categories: ["BY-BR", "BY-HO", "BY-HR", "BY-MA", "BY-MI", "BY-VI", "BY-HM"],
 *   labels: { "BY-HO": "Gomel" },
 * };
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export interface DimensionOptions {
  /** Which dimension. */
  readonly name: DimensionName;
  /** Axis label, kept as given in every language; the built-in label in the table's language otherwise. */
  readonly label?: string;
  /** The category codes to show, in display order. */
  readonly categories?: readonly string[];
  /** Labels by category code, overriding the built-in ones (and kept as given in every language). */
  readonly labels?: Readonly<Record<string, string>>;
  /** Subtotal categories, shown after the leaf categories. */
  readonly subtotals?: readonly SubtotalSpec[];
}

/**
 * A dimension by name, or with options.
 *
 * @example
 * ```ts
 * import type { DimensionSpec } from "@nrmkit/stats";
 *
 * const specs: DimensionSpec[] = ["gender", { name: "ageBand", subtotals: [{ code: "child", members: ["0-8", "9-17"] }] }];
 * ```
 *
 * @category Aggregation
 * @since 0.1.0
 */
export type DimensionSpec = DimensionName | DimensionOptions;
