import { describe, expect, it } from "vitest";
import type { ReportDocument, TableBlock } from "./document.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

const table = (captionHidden?: boolean): TableBlock => ({
  kind: "table",
  id: "history",
  caption: ["Amendment history"],
  ...(captionHidden === undefined ? {} : { captionHidden }),
  columns: [{ header: ["Date"], align: "start" }],
  rows: [{ cells: [{ content: ["1 March 2013"] }] }],
  footnotes: [],
});
const doc = (block: TableBlock): ReportDocument => ({
  kind: "report",
  version: 1,
  lang: "en",
  title: "MoU",
  blocks: [{ kind: "heading", level: 2, content: ["Amendment history"] }, block],
});
const count = (text: string) => text.split("Amendment history").length - 1;

describe("TableBlock.captionHidden", () => {
  it("keeps the caption as the accessible name in HTML, visually hidden, when set", () => {
    const html = renderHtml(doc(table(true)));
    expect(html).toContain('<caption class="visually-hidden">Amendment history</caption>');
    expect(html).toMatch(/\.visually-hidden\{position:absolute;width:1px;height:1px;[^}]*clip:rect\(0,0,0,0\)/);
    expect(renderHtml(doc(table()))).toContain("<caption>Amendment history</caption>");
  });

  it.each([
    ["Markdown", renderMarkdown],
    ["text", renderText],
  ])("leaves the caption out of %s when set, so the heading is not repeated", (_, render) => {
    expect(count(render(doc(table(true))))).toBe(1);
    expect(count(render(doc(table(false))))).toBe(2);
  });
});
