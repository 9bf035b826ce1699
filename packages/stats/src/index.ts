/**
 * Case-statistics aggregation with statistical disclosure control.
 *
 * @packageDocumentation
 */
export type { IndicatorRow, IndicatorTable, IndicatorUnit } from "./indicatorTable.js";
export { roundToBase } from "./rounding.js";
export type {
  AuditSummary,
  Category,
  CellStatus,
  Dimension,
  DimensionKind,
  DisclosureMetadata,
  DisclosureMethod,
  RoundingMetadata,
  StatCell,
  StatTable,
  TrendPoint,
  TrendSeries,
  TrendTable,
} from "./statTable.js";
export { isSuppressedStatus, rawDisclosure } from "./statTable.js";
export type { GridRow, TableGrid } from "./tableGrid.js";
export { cellAt, tableGrid } from "./tableGrid.js";
