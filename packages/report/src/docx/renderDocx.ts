import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Block, FigureBlock, Inline, ListBlock, ReportDocument, TableBlock } from "../document.js";
import { safeHref } from "../html.js";
import { columnWidths } from "../internal/columnWidths.js";
import { documentText } from "../internal/dataText.js";
import { defaultFallbackMarker, type RenderOptions } from "../renderOptions.js";
import { type ChartSpec, chartSvg } from "../svgChart.js";
import { wordLanguage } from "./wordLanguage.js";

/**
 * Options of {@link renderDocx}.
 *
 * @example
 * ```ts
 * import type { DocxRenderOptions } from "@nrmkit/report/docx";
 *
 * const options: DocxRenderOptions = { creator: "Vitebsk task force secretariat" };
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export interface DocxRenderOptions extends RenderOptions {
  /**
   * Draws a chart as PNG, for Word 2013 and older, which cannot show the SVG every chart is
   * embedded as. Without it those versions show an empty frame; Word 2016 and later, Word on the
   * web and LibreOffice draw the SVG.
   */
  readonly chartPng?: (svg: string, chart: ChartSpec) => Uint8Array | Promise<Uint8Array>;
  /** The author written in the document properties; default `"nrmkit"`. */
  readonly creator?: string;
}

// A4 in twentieths of a point, with 2 cm margins.
const PAGE = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
// Charts are drawn at most this wide on the page, in pixels (96 per inch): 16 cm.
const CHART_WIDTH = 605;
const FONT = "Arial";
// A transparent 1 × 1 PNG: the fallback image when no `chartPng` is given.
const BLANK_PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (char) => char.charCodeAt(0),
);

interface Style {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly size?: number;
}

interface State {
  readonly options: DocxRenderOptions;
  /** The numbered list count so far: each ordered list is its own instance, numbered from 1. */
  lists: number;
}

function textRun(text: string, style: Style, lang?: string): TextRun {
  return new TextRun({
    text: documentText(text),
    ...(style.bold === true ? { bold: true } : {}),
    ...(style.italics === true ? { italics: true } : {}),
    ...(style.size === undefined ? {} : { size: style.size }),
    ...(lang === undefined ? {} : { language: { value: wordLanguage(lang) } }),
  });
}

function runs(content: readonly Inline[], state: State, style: Style = {}): ParagraphChild[] {
  return content.flatMap((item) => run(item, state, style));
}

function run(item: Inline, state: State, style: Style): ParagraphChild[] {
  if (typeof item === "string") return item === "" ? [] : [textRun(item, style)];
  switch (item.kind) {
    case "strong":
      return runs(item.children, state, { ...style, bold: true });
    case "emphasis":
      return runs(item.children, state, { ...style, italics: true });
    case "link": {
      const href = safeHref(documentText(item.href));
      const children = runs(item.children, state, style);
      if (href === "#" || href === "") return children;
      return [new ExternalHyperlink({ link: href, children: children.filter((run) => run instanceof TextRun) })];
    }
    case "fallback": {
      const marker = (state.options.fallbackMarker ?? defaultFallbackMarker)(item.lang);
      const markerRun = new TextRun({
        text: documentText(marker),
        size: 16,
        color: "8A4B00",
        shading: { type: ShadingType.CLEAR, color: "auto", fill: "FFF3E0" },
      });
      return [markerRun, textRun(` ${item.text}`, style, item.lang ?? undefined)];
    }
  }
}

function heading(level: 1 | 2 | 3): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  if (level === 1) return HeadingLevel.HEADING_1;
  return level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
}

function list(block: ListBlock, state: State): Paragraph[] {
  const instance = block.ordered ? ++state.lists : 0;
  return block.items.map(
    (item) =>
      new Paragraph({
        children: runs(item, state),
        numbering: block.ordered ? { reference: "numbered", level: 0, instance } : { reference: "bullets", level: 0 },
      }),
  );
}

function cellParagraph(content: readonly Inline[], state: State, align: "start" | "end", style: Style): Paragraph {
  return new Paragraph({
    children: runs(content, state, style),
    alignment: align === "end" ? AlignmentType.END : AlignmentType.START,
    spacing: { before: 20, after: 20 },
  });
}

function table(block: TableBlock, state: State): (Paragraph | Table)[] {
  const widths = columnWidths(block).map((percent) => Math.max(1, Math.round((percent / 100) * TEXT_WIDTH)));
  const margins = { top: 30, bottom: 30, left: 80, right: 80 };
  const header = new TableRow({
    // Word repeats this row at the top of every page the table runs to.
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (column, index) =>
        new TableCell({
          children: [cellParagraph(column.header, state, column.align, { bold: true, size: 18 })],
          width: { size: widths[index] ?? 1, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "F2F2F2" },
          margins,
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((column, index) => {
          const cell = row.cells[index];
          return new TableCell({
            children: [
              cellParagraph(cell?.content ?? [], state, column.align, {
                size: 18,
                ...(row.total === true || index === 0 ? { bold: row.total === true } : {}),
              }),
            ],
            width: { size: widths[index] ?? 1, type: WidthType.DXA },
            margins,
          });
        }),
      }),
  );
  return [
    ...(block.captionHidden === true
      ? []
      : [new Paragraph({ style: "Caption", keepNext: true, children: runs(block.caption, state, { bold: true }) })]),
    new Table({
      rows: [header, ...rows],
      columnWidths: widths,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
    }),
    ...block.footnotes.map((note) => new Paragraph({ style: "TableNote", children: runs(note, state) })),
  ];
}

async function figure(block: FigureBlock, state: State): Promise<Paragraph[]> {
  const svg = chartSvg(block.chart);
  const width = block.chart.width ?? 640;
  const height = block.chart.height ?? 360;
  const scale = Math.min(1, CHART_WIDTH / width);
  const png = state.options.chartPng === undefined ? BLANK_PNG : await state.options.chartPng(svg, block.chart);
  const image = new ImageRun({
    type: "svg",
    data: new TextEncoder().encode(svg),
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
    fallback: { type: "png", data: png },
    altText: {
      name: documentText(block.chart.title),
      title: documentText(block.chart.title),
      description: documentText(block.chart.description ?? block.chart.title),
    },
  });
  const picture = new Paragraph({ children: [image], keepNext: true, keepLines: true });
  // A caption that repeats the heading above is left out; the image's alt text still names it.
  if (block.captionHidden === true) return [picture];
  return [picture, new Paragraph({ style: "Caption", children: runs(block.caption, state) })];
}

async function blockParts(block: Block, state: State): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: heading(block.level), children: runs(block.content, state) })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.content, state) })];
    case "note":
      return [
        new Paragraph({
          style: block.tone === "warning" ? "NoteWarning" : "NoteInfo",
          children: runs(block.content, state),
        }),
      ];
    case "list":
      return list(block, state);
    case "definitions":
      return block.items.map(
        (item) =>
          new Paragraph({
            style: "Definition",
            tabStops: [{ type: TabStopType.LEFT, position: 2835 }],
            children: [
              ...runs(item.term, state, { bold: true }),
              new TextRun({ text: "\t" }),
              ...runs(item.details, state),
            ],
          }),
      );
    case "table":
      return table(block, state);
    case "figure":
      return figure(block, state);
  }
}

function noteStyle(id: string, name: string, colour: string, fill: string) {
  return {
    id,
    name,
    basedOn: "Normal",
    paragraph: {
      spacing: { before: 120, after: 120 },
      indent: { left: 200 },
      border: { left: { style: BorderStyle.SINGLE, size: 24, color: colour, space: 8 } },
      shading: { type: ShadingType.CLEAR, color: "auto", fill },
    },
  };
}

function headingStyle(level: 1 | 2 | 3, size: number) {
  return {
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: "1A1A1A" },
    // keepNext: a heading never ends a page; outlineLevel: Word's navigation pane and tables of contents.
    paragraph: {
      spacing: { before: level === 1 ? 0 : 280, after: 120 },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    },
  };
}

/**
 * Renders a report as a Word document (DOCX): real headings, numbered lists, tables whose header row repeats on every page, A4 pages, the document's language.
 *
 * @remarks
 * Every builder's document renders: meeting reports, minutes, the decision tracker, MoU texts
 * and statistics. Headings use Word's Heading 1–3 styles (navigation pane, table of contents)
 * and are kept with the next paragraph; each ordered list is numbered from 1 by Word's own
 * numbering; table rows never split across pages, and the header row is marked to repeat
 * (`w:tblHeader`); table footnotes (the disclosure-control notes) follow each table. The
 * language of the document (`w:lang`) and of each text shown in another language is set, so
 * Word checks spelling in the right language. Charts are embedded as SVG (see
 * {@link DocxRenderOptions.chartPng} for a PNG fallback). Data text has control characters and
 * bidirectional overrides removed; links keep only relative, `http(s):` and `mailto:` targets.
 * Browser-safe: imports no `node:*` module.
 *
 * @param doc - The report, built once by a builder such as {@link @nrmkit/report!buildMinutes | buildMinutes}.
 * @param options - Fallback marker, PNG fallback of charts, author.
 * @returns The DOCX file's bytes (wrap them in a `Blob` with type
 *   `application/vnd.openxmlformats-officedocument.wordprocessingml.document` in a browser).
 *
 * @example
 * ```ts
 * import { renderDocx } from "@nrmkit/report/docx";
 *
 * const bytes = await renderDocx({ kind: "report", version: 1, lang: "en", title: "Minutes", blocks: [
 *   { kind: "heading", level: 1, content: ["Minutes"] },
 *   { kind: "list", ordered: true, items: [["to share information;"], ["to widen the MoU."]] },
 * ] });
 * [bytes[0], bytes[1]];
 * // => [0x50, 0x4b]
 * ```
 *
 * @category Formats
 * @since 0.1.0
 */
export async function renderDocx(doc: ReportDocument, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const state: State = { options, lists: 0 };
  const children: (Paragraph | Table)[] = [];
  for (const block of doc.blocks) children.push(...(await blockParts(block, state)));
  const language = wordLanguage(doc.lang);
  const file = new Document({
    creator: documentText(options.creator ?? "nrmkit"),
    title: documentText(doc.title),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: language } },
          paragraph: { spacing: { after: 120, line: 264 } },
        },
      },
      paragraphStyles: [
        headingStyle(1, 32),
        headingStyle(2, 26),
        headingStyle(3, 22),
        {
          id: "Caption",
          name: "Caption",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 19 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
        {
          id: "TableNote",
          name: "Table Note",
          basedOn: "Normal",
          run: { size: 17 },
          paragraph: { spacing: { after: 40 } },
        },
        noteStyle("NoteInfo", "Note", "0072B2", "F5F9FC"),
        noteStyle("NoteWarning", "Warning", "D55E00", "FDF3EC"),
        {
          id: "Definition",
          name: "Definition",
          basedOn: "Normal",
          paragraph: {
            spacing: { after: 40 },
            indent: { left: 2835, hanging: 2835 },
          },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 397 } } },
            },
          ],
        },
        {
          reference: "bullets",
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "\u2022",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(file, "uint8array");
}
