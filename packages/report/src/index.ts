/**
 * Meeting reports, minutes, attendance reports, decision trackers, MoU texts and statistics tables
 * in Markdown, HTML, text, CSV and JSON (DOCX, XLSX and iCalendar from subpaths), in any language.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */

// Plural rules live in core (every package counts); re-exported for report users.
export type { PluralForms } from "@nrmkit/core";
export { formatCount, pluralForm } from "@nrmkit/core";
export type { AttendanceReportOptions } from "./attendanceReport.js";
export { buildAttendanceReport } from "./attendanceReport.js";
export type { CsvRenderOptions, CsvValue } from "./csv.js";
export { csvField, renderCsv, toCsv } from "./csv.js";
export type { DecisionTrackerOptions } from "./decisionTracker.js";
export { buildDecisionTracker } from "./decisionTracker.js";
export type {
  Block,
  CellFlag,
  DefinitionItem,
  DefinitionsBlock,
  FigureBlock,
  HeadingBlock,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  ReportDocument,
  TableBlock,
  TableCell,
  TableColumn,
  TableRow,
} from "./document.js";
export { escapeHtml } from "./escapeHtml.js";
export type { HtmlValue, SafeHtml } from "./html.js";
export { html, safeHref } from "./html.js";
export { formatDatePhrase, formatLongDate } from "./i18n/datePhrase.js";
export { localizeText } from "./i18n/localize.js";
export type { ReportMessages } from "./i18n/messages.js";
export type { NrmLocale } from "./i18n/nrmLocale.js";
export { missingTranslations, reportLocales, reportMessages } from "./i18n/reportMessages.js";
export type { EmphasisInline, FallbackInline, Inline, LinkInline, StrongInline } from "./inlineContent.js";
export type { MeetingReportOptions } from "./meetingReport.js";
export { buildMeetingReport } from "./meetingReport.js";
export type { MinutesOptions } from "./minutes.js";
export { buildMinutes } from "./minutes.js";
export type { MouTextOptions } from "./mouText.js";
export { buildMouText, decisionAmendments } from "./mouText.js";
export type { HtmlRenderOptions } from "./renderHtml.js";
export { renderHtml } from "./renderHtml.js";
export { renderJson } from "./renderJson.js";
export { escapeMarkdown, renderMarkdown } from "./renderMarkdown.js";
export type { RenderOptions } from "./renderOptions.js";
export { defaultFallbackMarker } from "./renderOptions.js";
export type { ReportFormat, ReportRenderOptions } from "./renderReport.js";
export { renderReport, reportFileExtensions } from "./renderReport.js";
export { renderText } from "./renderText.js";
export type { ReportOptions } from "./reportOptions.js";
export { statTableChart, trendChart } from "./statCharts.js";
export type { StatisticsReportOptions } from "./statisticsReport.js";
export { buildStatisticsReport } from "./statisticsReport.js";
export type { StatTableOptions } from "./statTableOptions.js";
export { statTableBlocks } from "./statTableReport.js";
export type { ChartSeries, ChartSpec } from "./svgChart.js";
export { barChartSvg, chartSvg, lineChartSvg } from "./svgChart.js";
