import { describe, expect, it } from "vitest";
import { renderCsv } from "./csv.js";
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

describe("renderCsv with a table group", () => {
  const section = (id: string, date: string): TableBlock => ({
    ...table(true),
    id,
    group: "register",
    rows: [{ cells: [{ content: [date] }] }],
  });
  const grouped: ReportDocument = { ...doc(table()), blocks: [section("open", "1 May"), section("done", "2 May")] };

  it("writes the rows of every table of the group under one header when tableId names the group", () => {
    expect(renderCsv(grouped, { tableId: "register" })).toBe("Date\r\n1 May\r\n2 May\r\n");
    expect(renderCsv(grouped, { tableId: "done" })).toBe("Date\r\n2 May\r\n");
  });

  it("throws not_found when neither a table nor a group has the id", () => {
    expect(() => renderCsv(grouped, { tableId: "dropped" })).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
