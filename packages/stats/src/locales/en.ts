import type { StatsLocale } from "../statsLocale.js";
import type { StatsMessages } from "../statsMessages.js";

/** The English catalogue: the reference every other language is filled from, and the labels of tables without `lang`. */
export const EN_STATS: StatsMessages = {
  dimensions: {
    period: "Period",
    regionId: "Region",
    registrationCountry: "Country of registration",
    dataSource: "Data source",
    gender: "Sex",
    ageBand: "Age band",
    ageGroup: "Age group",
    majorityStatus: "Minor or adult at registration",
    majorityStatusAtExploitation: "Minor or adult when exploited",
    majorityStatusAtEntry: "Minor or adult at entry",
    citizenship: "Citizenship",
    exploitationCountry: "Country of exploitation",
    migration: "Internal or transnational",
    exploitation: "Form of exploitation",
    exploitationGroup: "Form of exploitation",
    labourSectors: "Sector of forced labour",
    sexualExploitationForms: "Form of sexual exploitation",
    meansOfControl: "Means of control",
    recruiterRelations: "Recruiter relation",
    abduction: "Abduction",
    assistance: "Assistance received",
    referringAgencyKind: "Referred by",
    traffickingStatus: "Trafficking status",
    traffickingStatusDecidedBy: "Status decided by",
    caseStatus: "Case status",
  },
  categories: {
    gender: {
      female: "Female",
      male: "Male",
      transgender_female: "Transgender female",
      transgender_male: "Transgender male",
      non_conforming: "Gender non-conforming",
      transgender_or_non_conforming: "Transgender or non-conforming",
      other: "Other",
      unknown: "Not recorded",
    },
    ageBand: { unknown: "Not recorded" },
    ageGroup: { child: "Children (0-17)", adult: "Adults (18+)", unknown: "Not recorded" },
    majorityStatus: { minor: "Minor", adult: "Adult", unknown: "Not recorded" },
    dataSource: { case_management: "Case management", hotline: "Hotline", unknown: "Not recorded" },
    migration: { transnational: "Transnational", internal: "Internal", unknown: "Not recorded" },
    exploitation: {
      forced_labour: "Forced labour",
      sexual_exploitation: "Sexual exploitation",
      forced_criminality: "Forced criminality",
      forced_marriage: "Forced marriage",
      domestic_servitude: "Domestic servitude",
      begging: "Forced begging",
      organ_removal: "Organ removal",
      forced_military: "Forced military service",
      slavery_practices: "Slavery and similar practices",
      child_labour: "Child labour",
      servitude: "Servitude",
      forced_adoption: "Forced adoption",
      surrogacy: "Forced surrogacy",
      other: "Other exploitation",
      none: "None",
      unknown: "Not recorded",
    },
    exploitationGroup: {
      sexual: "Sexual exploitation",
      labour: "Labour exploitation",
      other: "Other forms",
      none: "None",
      unknown: "Not recorded",
    },
    labourSectors: {
      agriculture: "Agriculture",
      aquafarming: "Aquafarming",
      begging: "Begging",
      construction: "Construction",
      domestic_work: "Domestic work",
      hospitality: "Hospitality",
      illicit_activities: "Illicit activities",
      manufacturing: "Manufacturing",
      mining_or_drilling: "Mining or drilling",
      peddling: "Peddling",
      transportation: "Transportation",
      other: "Other sector",
      not_specified: "Not specified",
      none: "None",
      unknown: "Not recorded",
    },
    sexualExploitationForms: {
      prostitution: "Prostitution",
      pornography: "Pornography",
      remote_interactive_services: "Remote interactive services",
      private_sexual_services: "Private sexual services",
      none: "None",
      unknown: "Not recorded",
    },
    meansOfControl: {
      debt_bondage: "Debt bondage",
      withholding_wages: "Withholding wages",
      withholding_documents: "Withholding documents",
      threats: "Threats",
      physical_violence: "Physical violence",
      sexual_violence: "Sexual violence",
      psychological_abuse: "Psychological abuse",
      restricting_movement: "Restricting movement",
      false_promises: "False promises",
      substance_abuse: "Psychoactive substances",
      restricting_financial_access: "Restricting financial access",
      restricting_medical_care: "Restricting medical care",
      excessive_working_hours: "Excessive working hours",
      uses_children: "Uses children",
      threat_of_law_enforcement: "Threat of law enforcement",
      withholding_necessities: "Withholding necessities",
      threatens_children_family: "Threatens children or family",
      other: "Other means",
      not_specified: "Not specified",
      none: "None",
      unknown: "Not recorded",
    },
    recruiterRelations: {
      intimate_partner: "Intimate partner",
      friend: "Friend",
      family: "Family",
      employer: "Employer",
      other: "Other",
      not_specified: "Not specified",
      none: "None",
      unknown: "Not recorded",
    },
    abduction: { true: "Abducted", false: "Not abducted", unknown: "Not recorded" },
    assistance: {
      accommodation: "Accommodation",
      medical: "Medical",
      psychological: "Psychological",
      legal: "Legal",
      financial: "Financial",
      education_training: "Education and training",
      employment: "Employment",
      reintegration: "Reintegration",
      return: "Return",
      other: "Other assistance",
      none: "None",
      unknown: "Not recorded",
    },
    referringAgencyKind: {
      interior: "Police (interior)",
      prosecution: "Prosecution",
      court: "Court",
      investigation: "Investigation",
      border_guard: "Border guard",
      migration: "Migration service",
      labour_social_protection: "Labour and social protection",
      education: "Education",
      health: "Health",
      local_government: "Local government",
      bar_association: "Bar association",
      ngo: "NGO",
      international_organization: "International organisation",
      donor: "Donor",
      media: "Media",
      youth: "Youth organisation",
      other: "Other",
      self: "Self-referral",
      unknown: "Not recorded",
    },
    traffickingStatus: {
      identified: "Identified",
      presumed: "Presumed",
      not_victim: "Not a victim",
      unknown: "Not recorded",
    },
    traffickingStatusDecidedBy: {
      police: "Police",
      ngo: "NGO",
      court_or_prosecution: "Court or prosecution",
      non_police_government: "Other government agency",
      other: "Other",
      unknown: "Not recorded",
    },
    caseStatus: {
      active: "Active",
      follow_up: "Follow-up",
      closed: "Closed",
      closed_referred: "Closed (referred)",
      unknown: "Not recorded",
    },
    open: { unknown: "Not recorded" },
    boolean: { true: "Yes", false: "No" },
  },
  periods: { quarter: "{year} Q{quarter}", year: "{year}" },
  notes: {
    multiValued:
      "{dimension}: a person may count in several categories, so cells may add up to more than the total, which counts persons.",
    filtered: "Only records within the chosen categories and dates are counted.",
    partlyRecorded:
      '{dimension}: for some persons some values are not recorded while others are; a value\'s cell counts the persons who have it, "None" those recorded with no value, "Not recorded" those with no value recorded, and a share of a value must leave out the persons for whom that value is not recorded.',
    unplacedRecords: {
      one: "{count} record registered with only a year or a month could not be placed in {within} and is not counted in this table.",
      other:
        "{count} records registered with only a year or a month could not be placed in {within} and are not counted in this table.",
    },
    unplacedPersons: {
      one: "{count} person registered with only a year or a month could not be placed in a single period and is not counted in this table.",
      other:
        "{count} persons registered with only a year or a month could not be placed in a single period and are not counted in this table.",
    },
    unplacedWithin: {
      month: "a single month",
      quarter: "a single quarter",
      year: "a single year",
      period: "a single period",
      dates: "the chosen dates",
    },
    merged:
      "Merged from the partial aggregates of several agencies; a person registered by more than one agency is counted once.",
  },
  total: "Total",
  indicators: {
    knownShare: "{dimension}: share of persons with a known value",
    unknownLeftOut: "Persons whose value is not recorded are left out of the denominator (CTDC rule).",
    severalValues: "{dimension}: a person may have several, so percentages may add up to more than 100.",
    valueShares: "{dimension}: share of persons for whom each value is recorded",
    valueUnknownLeftOut:
      "For each value, persons for whom that value is not recorded are left out of its denominator (CTDC rule).",
    shareOfChildren: "Share of children among registered victims with a known age",
    exploitationShares: "Forms of exploitation among registered victims for whom each form is recorded",
    transnationalShare: "Share of transnational cases among cases with known citizenship and country of exploitation",
    ratePer100k: "Registered victims per 100,000 inhabitants",
    rateNote: "Rates use the population given for each region; regions without one are left out.",
  },
  disclosure: {
    raw: "Unprotected counts: not for publication.",
    noneHidden: "No cells are hidden: no count is from {from} to {to}.",
    hiddenUniform: {
      one: "{count} cell is hidden: counts from {from} to {to}, and further cells so that no hidden count can be recomputed from the totals; hidden cells may be zeros.",
      other:
        "{count} cells are hidden: counts from {from} to {to}, and further cells so that no hidden count can be recomputed from the totals; hidden cells may be zeros.",
    },
    hiddenPrimary: {
      one: "Counts from {from} to {to} are hidden ({count} cell, primary suppression).",
      other: "Counts from {from} to {to} are hidden ({count} cells, primary suppression).",
    },
    hiddenSecondary: {
      one: "{count} more cell is hidden so that no hidden count can be recomputed from the totals (secondary suppression).",
      other:
        "{count} more cells are hidden so that no hidden count can be recomputed from the totals (secondary suppression).",
    },
    roundedDown: "Shown counts are rounded down to a multiple of {base}.",
    roundedNearest: "Shown counts are rounded to the nearest multiple of {base}; totals are rounded separately.",
    totals: "Totals count persons.",
    privacyGaussian:
      "Random noise is added to every count for differential privacy (zero-concentrated, ρ = {rho}; discrete Gaussian noise, σ = {sigma}); counts are then made whole, non-negative and consistent with their totals. Each count lies within ±{margin} of the true count with {level}% confidence.",
    privacyLaplace:
      "Random noise is added to every count for differential privacy (ε = {epsilon}; discrete Laplace noise, scale {scale}); counts are then made whole, non-negative and consistent with their totals. Each count lies within ±{margin} of the true count with {level}% confidence.",
  },
};

/**
 * English statistics labels: the labels of tables without a `lang`, and the reference of every other language.
 *
 * @example
 * ```ts
 * import { en } from "@nrmkit/stats/locales";
 *
 * en.stats?.dimensions?.gender;
 * // => "Sex"
 * ```
 *
 * @category Locales
 * @since 0.1.0
 */
export const en: StatsLocale = {
  code: "en",
  name: "English",
  dates: { month: "MMM yyyy" },
  stats: EN_STATS,
};
