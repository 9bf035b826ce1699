import type { Inline } from "./inlineContent.js";
import type { ChartSpec } from "./svgChart.js";

/**
 * A heading; level 1 is the document title.
 *
 * @example
 * ```ts
 * import type { HeadingBlock } from "@nrmkit/report";
 *
 * const block: HeadingBlock = { kind: "heading", level: 2, content: ["Decisions"] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface HeadingBlock {
  /** Discriminator. */
  readonly kind: "heading";
  /** 1 (title), 2 (section) or 3 (subsection). */
  readonly level: 1 | 2 | 3;
  /** The heading text. */
  readonly content: readonly Inline[];
}

/**
 * A paragraph of running text.
 *
 * @example
 * ```ts
 * import type { ParagraphBlock } from "@nrmkit/report";
 *
 * const block: ParagraphBlock = { kind: "paragraph", content: ["The meeting took place."] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface ParagraphBlock {
  /** Discriminator. */
  readonly kind: "paragraph";
  /** The text. */
  readonly content: readonly Inline[];
}

/**
 * A warning or remark set apart from the text (illustrative data, unprotected counts).
 *
 * @example
 * ```ts
 * import type { NoteBlock } from "@nrmkit/report";
 *
 * const block: NoteBlock = { kind: "note", tone: "warning", content: ["Unprotected counts: not for publication."] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface NoteBlock {
  /** Discriminator. */
  readonly kind: "note";
  /** `"warning"` for something the reader must not miss, `"info"` otherwise. */
  readonly tone: "info" | "warning";
  /** The text. */
  readonly content: readonly Inline[];
}

/**
 * A bulleted or numbered list of one-paragraph items.
 *
 * @example
 * ```ts
 * import type { ListBlock } from "@nrmkit/report";
 *
 * const block: ListBlock = { kind: "list", ordered: true, items: [["to share information;"], ["to widen the MoU."]] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface ListBlock {
  /** Discriminator. */
  readonly kind: "list";
  /** `true` for a numbered list (numbers from 1). */
  readonly ordered: boolean;
  /** The items. */
  readonly items: readonly (readonly Inline[])[];
}

/**
 * One term and its description in a {@link DefinitionsBlock}.
 *
 * @example
 * ```ts
 * import type { DefinitionItem } from "@nrmkit/report";
 *
 * const item: DefinitionItem = { term: ["Date"], details: ["14 May 2014"] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface DefinitionItem {
  /** The label. */
  readonly term: readonly Inline[];
  /** The value. */
  readonly details: readonly Inline[];
}

/**
 * Labelled values, such as a report's date, venue and publication data.
 *
 * @example
 * ```ts
 * import type { DefinitionsBlock } from "@nrmkit/report";
 *
 * const block: DefinitionsBlock = { kind: "definitions", items: [{ term: ["Date"], details: ["14 May 2014"] }] };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface DefinitionsBlock {
  /** Discriminator. */
  readonly kind: "definitions";
  /** The labelled values, in order. */
  readonly items: readonly DefinitionItem[];
}

/**
 * A table column: its header and alignment.
 *
 * @example
 * ```ts
 * import type { TableColumn } from "@nrmkit/report";
 *
 * const column: TableColumn = { header: ["Female"], align: "end" };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface TableColumn {
  /** The header text. */
  readonly header: readonly Inline[];
  /** `"end"` for numbers, `"start"` for text. */
  readonly align: "start" | "end";
}

/**
 * What a table cell stands for beyond its text: a hidden value or an unknown one.
 *
 * @remarks
 * `"suppressed"` cells were hidden by disclosure control and show a marker; `"unknown"` cells have
 * no value at all and show another marker, so neither reads as zero; `"not_applicable"` cells
 * (a rate without a denominator) show a third.
 *
 * @example
 * ```ts
 * import type { CellFlag } from "@nrmkit/report";
 *
 * const flag: CellFlag = "suppressed";
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export type CellFlag = "suppressed" | "unknown" | "not_applicable";

/**
 * One table cell.
 *
 * @example
 * ```ts
 * import type { TableCell } from "@nrmkit/report";
 *
 * const count: TableCell = { content: ["42"], value: 42 };
 * const hidden: TableCell = { content: ["*"], flag: "suppressed" };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface TableCell {
  /** The text shown. */
  readonly content: readonly Inline[];
  /** The number shown, for numeric cells: CSV and JSON write it as a number. */
  readonly value?: number;
  /** Set when the cell stands for a hidden or unknown value. */
  readonly flag?: CellFlag;
}

/**
 * One table row; the first cell is the row's header.
 *
 * @example
 * ```ts
 * import type { TableRow } from "@nrmkit/report";
 *
 * const row: TableRow = { cells: [{ content: ["Total"] }, { content: ["65"], value: 65 }], total: true };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface TableRow {
  /** One cell per column. */
  readonly cells: readonly TableCell[];
  /** `true` for a totals row, shown in bold. */
  readonly total?: boolean;
}

/**
 * A table with a caption, column headers, rows and footnotes.
 *
 * @example
 * ```ts
 * import type { TableBlock } from "@nrmkit/report";
 *
 * const block: TableBlock = {
 *   kind: "table",
 *   id: "victims-by-sex",
 *   caption: ["Registered victims by sex"],
 *   columns: [{ header: ["Sex"], align: "start" }, { header: ["Persons"], align: "end" }],
 *   rows: [{ cells: [{ content: ["Female"] }, { content: ["40"], value: 40 }] }],
 *   footnotes: [],
 * };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface TableBlock {
  /** Discriminator. */
  readonly kind: "table";
  /** A name to pick this table out of a document (for CSV); unique within the document. */
  readonly id?: string;
  /**
   * The name shared by tables that split one list across sections (the tracker's decisions by
   * status): `renderCsv` given it as `tableId` writes the rows of all of them under one header.
   */
  readonly group?: string;
  /** The caption: the table's accessible name. */
  readonly caption: readonly Inline[];
  /**
   * `true` when a heading just above already says what the caption says: HTML keeps the caption for
   * screen readers but hides it visually, and the other formats leave it out.
   */
  readonly captionHidden?: boolean;
  /** The columns. */
  readonly columns: readonly TableColumn[];
  /** The rows. */
  readonly rows: readonly TableRow[];
  /** Notes printed under the table, such as the disclosure-control method. */
  readonly footnotes: readonly (readonly Inline[])[];
}

/**
 * A chart with its caption; HTML embeds it as inline SVG, Markdown and text link its standalone SVG (`src`) or print its data.
 *
 * @example
 * ```ts
 * import type { FigureBlock } from "@nrmkit/report";
 *
 * const block: FigureBlock = {
 *   kind: "figure",
 *   caption: ["Persons by quarter"],
 *   chart: { kind: "bar", title: "Persons by quarter", xLabel: "Quarter", yLabel: "Persons",
 *     categories: ["Q1", "Q2"], series: [{ name: "Persons", values: [12, null] }] },
 * };
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface FigureBlock {
  /** Discriminator. */
  readonly kind: "figure";
  /** The chart. */
  readonly chart: ChartSpec;
  /** The caption: the figure's accessible name. */
  readonly caption: readonly Inline[];
  /**
   * `true` when a heading just above already says what the caption says: HTML keeps the caption
   * for screen readers but hides it visually, Markdown keeps it as the image's alternative text,
   * and text and DOCX leave it out.
   */
  readonly captionHidden?: boolean;
  /**
   * The id of a table of the same document that already holds the chart's values: text and
   * Markdown, which print a chart without a standalone SVG as a table of its values, leave such a
   * figure out instead of printing the values twice.
   */
  readonly dataTableId?: string;
  /** Where a standalone SVG of the chart lives, for Markdown's image link. */
  readonly src?: string;
}

/**
 * One block of a {@link ReportDocument}: a discriminated union on `kind`.
 *
 * @example
 * ```ts
 * import type { Block } from "@nrmkit/report";
 *
 * const blocks: readonly Block[] = [
 *   { kind: "heading", level: 2, content: ["Decisions"] },
 *   { kind: "list", ordered: true, items: [["to share information."]] },
 * ];
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export type Block = HeadingBlock | ParagraphBlock | NoteBlock | ListBlock | DefinitionsBlock | TableBlock | FigureBlock;

/**
 * A report as a small document tree, built once and serialised to every format.
 *
 * @remarks
 * The tree is plain JSON. Strings in it are data: every renderer escapes them for its format.
 *
 * @example
 * ```ts
 * import { type ReportDocument, renderMarkdown } from "@nrmkit/report";
 *
 * const doc: ReportDocument = {
 *   kind: "report",
 *   version: 1,
 *   lang: "en",
 *   title: "Decision tracker",
 *   blocks: [{ kind: "heading", level: 1, content: ["Decision tracker"] }],
 * };
 * renderMarkdown(doc);
 * // => "# Decision tracker\n"
 * ```
 *
 * @category Document
 * @since 0.1.0
 */
export interface ReportDocument {
  /** Discriminator for JSON consumers. */
  readonly kind: "report";
  /** Shape version. */
  readonly version: 1;
  /** The BCP 47 language of the document (`"en"`, `"ru"`). */
  readonly lang: string;
  /** The title, as plain text, for the HTML `<title>` and file listings. */
  readonly title: string;
  /** The content, in order. */
  readonly blocks: readonly Block[];
}

export type { Inline };
