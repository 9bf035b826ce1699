/**
 * Case-statistics aggregation with statistical disclosure control.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export type { AggregateSpec, CaseInput } from "./aggregate.js";
export { aggregate } from "./aggregate.js";
export type { AuditOptions, AuditReport, CellAudit } from "./auditTable.js";
export { auditTable, auditTables } from "./auditTable.js";
export type { CrossTabOptions } from "./crossTab.js";
export { crossTab } from "./crossTab.js";
export type { DimensionName, DimensionOptions, DimensionSpec, SubtotalSpec } from "./dimensions.js";
export type {
  AuditSummary,
  DisclosureMetadata,
  DisclosureMethod,
  PrivacyMetadata,
  RoundingMetadata,
} from "./disclosureMetadata.js";
export { rawDisclosure } from "./disclosureMetadata.js";
export type {
  EncodedCases,
  EncodedColumn,
  EncodedField,
  EncodedMultiColumn,
  EncodedMultiField,
  EncodeOptions,
} from "./encodeCases.js";
export { encodeCases } from "./encodeCases.js";
export type { IndicatorOptions, PercentageOptions } from "./indicators.js";
export { exploitationShares, percentages, shareOfChildren, transnationalShare } from "./indicators.js";
export type { IndicatorRow, IndicatorTable, IndicatorUnit } from "./indicatorTable.js";
export type { EquivalenceClass, KAnonymityReport, QuasiIdentifier } from "./kAnonymity.js";
export { checkKAnonymity } from "./kAnonymity.js";
export { localizeTable } from "./localizeTable.js";
export type { PartialAggregate, PartialPerson, PseudonymOptions } from "./partials.js";
export { emptyPartial, mergePartials, partialAggregate, partialTable } from "./partials.js";
export type { CustomPeriod, PeriodGranularity, PeriodSpec } from "./periods.js";
export type { ProtectOptions } from "./protectTable.js";
export { protectTable, protectTables, publishTable, publishTables } from "./protectTable.js";
export type { PseudonymSecret } from "./pseudonym.js";
export { createPseudonymiser } from "./pseudonym.js";
export { forgetPublishedTables } from "./publicationHistory.js";
export type { PopulationEntry } from "./rates.js";
export { ratePer100k } from "./rates.js";
export { roundDown, roundToBase } from "./rounding.js";
export type { StatsLocale } from "./statsLocale.js";
export { missingStatsTranslations } from "./statsLocale.js";
export type {
  StatsCategoryMessages,
  StatsDisclosureMessages,
  StatsIndicatorMessages,
  StatsMessages,
  StatsNoteMessages,
  StatsPeriodMessages,
} from "./statsMessages.js";
export type { Category, CellStatus, Dimension, DimensionKind, StatCell, StatTable } from "./statTable.js";
export { isSuppressedStatus } from "./statTable.js";
export type { GridRow, TableGrid } from "./tableGrid.js";
export { cellAt, tableGrid } from "./tableGrid.js";
export type { TrendSpec } from "./trend.js";
export { publishTrend, trend, trendFromTable } from "./trend.js";
export type { TrendPoint, TrendSeries, TrendTable } from "./trendTable.js";
export type { MultiValuedDimensionName, ValueShareOptions } from "./valueShares.js";
export { valueShares } from "./valueShares.js";
