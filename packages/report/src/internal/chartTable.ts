import type { Block, FigureBlock, ReportDocument, TableBlock } from "../document.js";

/** A figure's chart data as a table, for formats that cannot draw it. */
export function chartTable(figure: FigureBlock): TableBlock {
  const { chart } = figure;
  const number = new Intl.NumberFormat(chart.lang ?? "en");
  return {
    kind: "table",
    caption: figure.caption,
    ...(figure.captionHidden === true ? { captionHidden: true } : {}),
    columns: [
      { header: [chart.xLabel], align: "start" },
      ...chart.series.map((series) => ({ header: [series.name], align: "end" as const })),
    ],
    rows: chart.categories.map((category, index) => ({
      cells: [
        { content: [category] },
        ...chart.series.map((series) => {
          const value = series.values[index];
          return value === null || value === undefined
            ? { content: [chart.hiddenMarker ?? "*"], flag: "suppressed" as const }
            : { content: [number.format(value)], value };
        }),
      ],
    })),
    footnotes: [],
  };
}

/**
 * Whether a figure would be printed as a table of its values (no standalone SVG) that the document
 * already shows as the table `dataTableId`: text and Markdown then leave it out.
 */
export function chartShownAsTable(block: Block, doc: ReportDocument): boolean {
  return (
    block.kind === "figure" &&
    block.src === undefined &&
    block.dataTableId !== undefined &&
    doc.blocks.some((other) => other.kind === "table" && other.id === block.dataTableId)
  );
}
