import type {
  ASSISTANCE_KINDS,
  CASE_STATUSES,
  CONTROL_MEANS,
  DATA_SOURCES,
  EXPLOITATION_TYPES,
  GENDERS,
  LABOUR_SECTORS,
  MAJORITY_STATUSES,
  OrganizationKind,
  PluralForms,
  RECRUITER_RELATIONS,
  SEXUAL_EXPLOITATION_FORMS,
  STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
} from "@nrmkit/core";
import type { DimensionName } from "./dimensions.js";

/**
 * The labels of the categories of every fixed vocabulary, by vocabulary and category code.
 *
 * @remarks
 * A vocabulary is named after the dimension that counts by it; `majorityStatus` also labels
 * `majorityStatusAtExploitation` and `majorityStatusAtEntry`. `unknown` labels the "not recorded"
 * category and `none` the category of persons recorded with no value of a multi-valued field.
 * `open` labels the "not recorded" category of dimensions without a fixed vocabulary (regions,
 * countries, user-defined fields) and `boolean` the two values of a user-defined yes/no field
 * that has no labels of its own. Age bands are their own labels (`"18-20"`); only their
 * `unknown` is translated.
 *
 * @example
 * ```ts
 * import type { StatsCategoryMessages } from "@nrmkit/stats";
 *
 * const gender: StatsCategoryMessages["gender"] = {
 *   female: "Femei", male: "Bărbați", transgender_female: "Femei transgen", transgender_male: "Bărbați transgen",
 *   non_conforming: "Identitate de gen nonconformă", transgender_or_non_conforming: "Transgen sau nonconform",
 *   other: "Altul", unknown: "Neînregistrat",
 * };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsCategoryMessages {
  /** Sex / gender. */
  readonly gender: Readonly<Record<(typeof GENDERS)[number], string>>;
  /** Age band: only "not recorded" (bands label themselves). */
  readonly ageBand: Readonly<Record<"unknown", string>>;
  /** Children and adults. */
  readonly ageGroup: Readonly<Record<"child" | "adult" | "unknown", string>>;
  /** Minor or adult (at registration, when exploited, at entry). */
  readonly majorityStatus: Readonly<Record<(typeof MAJORITY_STATUSES)[number] | "unknown", string>>;
  /** Where the record comes from. */
  readonly dataSource: Readonly<Record<(typeof DATA_SOURCES)[number] | "unknown", string>>;
  /** Internal or transnational trafficking. */
  readonly migration: Readonly<Record<"transnational" | "internal" | "unknown", string>>;
  /** Forms of exploitation. */
  readonly exploitation: Readonly<Record<(typeof EXPLOITATION_TYPES)[number] | "none" | "unknown", string>>;
  /** Eurostat's groups of forms of exploitation. */
  readonly exploitationGroup: Readonly<Record<"sexual" | "labour" | "other" | "none" | "unknown", string>>;
  /** Sectors of forced labour. */
  readonly labourSectors: Readonly<Record<(typeof LABOUR_SECTORS)[number] | "none" | "unknown", string>>;
  /** Forms of sexual exploitation. */
  readonly sexualExploitationForms: Readonly<
    Record<(typeof SEXUAL_EXPLOITATION_FORMS)[number] | "none" | "unknown", string>
  >;
  /** Means of control. */
  readonly meansOfControl: Readonly<Record<(typeof CONTROL_MEANS)[number] | "none" | "unknown", string>>;
  /** The recruiter's relation to the person. */
  readonly recruiterRelations: Readonly<Record<(typeof RECRUITER_RELATIONS)[number] | "none" | "unknown", string>>;
  /** Whether the person was abducted. */
  readonly abduction: Readonly<Record<"true" | "false" | "unknown", string>>;
  /** Kinds of assistance received. */
  readonly assistance: Readonly<Record<(typeof ASSISTANCE_KINDS)[number] | "none" | "unknown", string>>;
  /** Kinds of referring agency. */
  readonly referringAgencyKind: Readonly<Record<OrganizationKind | "self" | "unknown", string>>;
  /** Trafficking status. */
  readonly traffickingStatus: Readonly<Record<(typeof TRAFFICKING_STATUSES)[number] | "unknown", string>>;
  /** Who decided the trafficking status. */
  readonly traffickingStatusDecidedBy: Readonly<Record<(typeof STATUS_DECIDERS)[number] | "unknown", string>>;
  /** Case status. */
  readonly caseStatus: Readonly<Record<(typeof CASE_STATUSES)[number] | "unknown", string>>;
  /** "Not recorded" of dimensions without a fixed vocabulary (regions, countries, user-defined fields). */
  readonly open: Readonly<Record<"unknown", string>>;
  /** The values of a user-defined yes/no field without labels of its own. */
  readonly boolean: Readonly<Record<"true" | "false", string>>;
}

/**
 * The footnotes stats writes into tables, as templates with `{placeholders}`.
 *
 * @remarks
 * `{dimension}` is a dimension's label, `{count}` a number; `{within}` is one of the
 * `unplacedWithin` phrases. Notes that name a count are plural forms by the language's plural
 * categories. Keep every placeholder: {@link localizeTable} reads a note back through its template.
 *
 * @example
 * ```ts
 * import type { StatsNoteMessages } from "@nrmkit/stats";
 *
 * const filtered: StatsNoteMessages["filtered"] = "Se numără doar înregistrările din categoriile și datele alese.";
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsNoteMessages {
  /** Under a table with a multi-valued dimension: `{dimension}`. */
  readonly multiValued: string;
  /** Under a table limited to some categories or dates. */
  readonly filtered: string;
  /** Under a table with a multi-valued field recorded in part for some persons: `{dimension}`. */
  readonly partlyRecorded: string;
  /** Records no period could hold: `{count}` and `{within}`. */
  readonly unplacedRecords: PluralForms;
  /** Persons of merged partial aggregates no period could hold: `{count}`. */
  readonly unplacedPersons: PluralForms;
  /** What the unplaced records could not be placed in, by period kind. */
  readonly unplacedWithin: Readonly<Record<"month" | "quarter" | "year" | "period" | "dates", string>>;
  /** Under a table merged from partial aggregates. */
  readonly merged: string;
}

/**
 * The titles and footnotes of indicator tables (percentages, value shares, rates), as templates with `{dimension}`.
 *
 * @example
 * ```ts
 * import type { StatsIndicatorMessages } from "@nrmkit/stats";
 *
 * const title: StatsIndicatorMessages["shareOfChildren"] = "Ponderea copiilor în rândul victimelor înregistrate cu vârstă cunoscută";
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsIndicatorMessages {
  /** Default title of `percentages`: `{dimension}`. */
  readonly knownShare: string;
  /** Note of `percentages`: "not recorded" is left out of the denominator. */
  readonly unknownLeftOut: string;
  /** Note of percentages over a multi-valued dimension: `{dimension}`. */
  readonly severalValues: string;
  /** Default title of `valueShares`: `{dimension}`. */
  readonly valueShares: string;
  /** Note of `valueShares`: per value, "not recorded" is left out of its denominator. */
  readonly valueUnknownLeftOut: string;
  /** Title of `shareOfChildren`. */
  readonly shareOfChildren: string;
  /** Title of `exploitationShares`. */
  readonly exploitationShares: string;
  /** Title of `transnationalShare`. */
  readonly transnationalShare: string;
  /** Title of `ratePer100k`. */
  readonly ratePer100k: string;
  /** Note of `ratePer100k`. */
  readonly rateNote: string;
}

/**
 * The footnote of a protected (or raw) table: what was hidden and how values were rounded, as templates.
 *
 * @remarks
 * `{from}` and `{to}` bound the hidden counts, `{count}` is a number of cells and `{base}` the
 * rounding base. The footnote joins the sentences that apply with spaces, ending with `totals`.
 *
 * @example
 * ```ts
 * import type { StatsDisclosureMessages } from "@nrmkit/stats";
 *
 * const totals: StatsDisclosureMessages["totals"] = "Totalurile numără persoane.";
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsDisclosureMessages {
  /** The note of a raw table. */
  readonly raw: string;
  /** Suppression on, nothing hidden: `{from}`, `{to}`. */
  readonly noneHidden: string;
  /** Cells hidden under uniform markers: `{count}`, `{from}`, `{to}`. */
  readonly hiddenUniform: PluralForms;
  /** Cells hidden by primary suppression under distinct markers: `{count}`, `{from}`, `{to}`. */
  readonly hiddenPrimary: PluralForms;
  /** Further cells hidden by secondary suppression under distinct markers: `{count}`. */
  readonly hiddenSecondary: PluralForms;
  /** Rounding down: `{base}`. */
  readonly roundedDown: string;
  /** Rounding to the nearest multiple: `{base}`. */
  readonly roundedNearest: string;
  /** The closing sentence: totals count persons. */
  readonly totals: string;
  /** A zCDP release with discrete Gaussian noise: `{rho}`, `{sigma}`, `{margin}`, `{level}` (a percentage). */
  readonly privacyGaussian: string;
  /** An ε-DP release with discrete Laplace noise: `{epsilon}`, `{scale}`, `{margin}`, `{level}` (a percentage). */
  readonly privacyLaplace: string;
}

/**
 * Templates of the labels of calendar periods; months come from the locale's `dates.month` pattern.
 *
 * @remarks
 * `{year}` is the four-digit year, `{quarter}` the quarter's number (1–4) and `{quarterRoman}`
 * the same in Roman numerals (I–IV).
 *
 * @example
 * ```ts
 * import type { StatsPeriodMessages } from "@nrmkit/stats";
 *
 * const romanian: StatsPeriodMessages = { quarter: "T{quarter} {year}", year: "{year}" };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsPeriodMessages {
  /** A quarter: `"{year} Q{quarter}"` gives `"2023 Q1"`. */
  readonly quarter: string;
  /** A calendar year: `"{year}"`. */
  readonly year: string;
}

/**
 * Every text stats writes into a table, in one language: dimension and category labels, period label templates and footnotes.
 *
 * @remarks
 * A locale carries it (partly, if need be) as its `stats` part ({@link StatsLocale}); keys left
 * out fall back to English after a visible `[en] ` marker, and {@link missingStatsTranslations}
 * lists them. Labels a user gives (`DimensionOptions.label` and `labels`, `SubtotalSpec.label`,
 * custom period labels, `periodLabel`, user-defined field labels) are never taken from here.
 *
 * @example
 * ```ts
 * import type { Translation } from "@nrmkit/core";
 * import type { StatsMessages } from "@nrmkit/stats";
 *
 * const partial: Translation<StatsMessages> = {
 *   dimensions: { regionId: "Regiune", gender: "Sex" },
 *   categories: { gender: { female: "Femei", male: "Bărbați", unknown: "Neînregistrat" } },
 *   periods: { quarter: "T{quarter} {year}" },
 * };
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export interface StatsMessages {
  /** The label of every built-in dimension, by dimension name, and of the period dimension. */
  readonly dimensions: Readonly<Record<Exclude<DimensionName, `extra.${string}`>, string>>;
  /** The labels of the categories of every fixed vocabulary. */
  readonly categories: StatsCategoryMessages;
  /** The label templates of calendar periods. */
  readonly periods: StatsPeriodMessages;
  /** The footnotes of tables. */
  readonly notes: StatsNoteMessages;
  /** The label of the series and rows that total over a dimension (trends, indicators). */
  readonly total: string;
  /** The titles and footnotes of indicator tables. */
  readonly indicators: StatsIndicatorMessages;
  /** The disclosure-control footnote (`disclosure.note`). */
  readonly disclosure: StatsDisclosureMessages;
}
