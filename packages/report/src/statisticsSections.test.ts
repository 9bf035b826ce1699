import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { demoStatistics } from "../test/demoStatistics.js";
import { renderDocx } from "./docx/renderDocx.js";
import { inlineText } from "./internal/inlineText.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { buildStatisticsReport } from "./statisticsReport.js";

// What a reader sees: the text of each format with accessible-only names (hidden captions, the
// SVG's <title> and <desc>, image alt text) taken out. Each section's title must show once.

const count = (text: string, part: string): number => text.split(part).length - 1;

function visibleHtml(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<(caption|figcaption) class="visually-hidden">[\s\S]*?<\/\1>/g, "")
    .replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ");
}

describe("statistics report sections", () => {
  for (const withSvg of [false, true]) {
    it(`shows each section's title once in text, Markdown, HTML and DOCX${withSvg ? ", charts linked as SVG" : ""}`, async () => {
      const doc = buildStatisticsReport(demoStatistics(), {
        title: { en: "Case statistics" },
        ...(withSvg ? { chartSrc: (index: number) => `chart-${index + 1}.svg` } : {}),
      });
      const titles = doc.blocks.flatMap((block) =>
        block.kind === "heading" && block.level === 2 ? [inlineText(block.content)] : [],
      );
      expect(titles.length).toBe(demoStatistics().length);
      const markdown = renderMarkdown(doc).replace(/!\[[^\]]*\]/g, "![]");
      const word = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(doc)) })).value;
      for (const title of titles) {
        expect(count(renderText(doc), title), `text: ${title}`).toBe(1);
        expect(count(markdown, title), `Markdown: ${title}`).toBe(1);
        expect(count(visibleHtml(renderHtml(doc)), title), `HTML: ${title}`).toBe(1);
        expect(count(word, title), `DOCX: ${title}`).toBe(1);
        // Still the accessible name of the table and of the chart.
        expect(renderHtml(doc)).toContain(`<caption class="visually-hidden">${title}</caption>`);
      }
    });
  }

  it("prints each table's values once in text and Markdown when the charts have no standalone SVG", () => {
    const doc = buildStatisticsReport(demoStatistics(), { title: { en: "Case statistics" } });
    const tables = doc.blocks.filter((block) => block.kind === "table").length;
    // One header rule per table printed: the charts' values are not printed again.
    expect(
      renderText(doc)
        .split("\n")
        .filter((line) => /^-+\+-/.test(line)),
    ).toHaveLength(tables);
    expect(
      renderMarkdown(doc)
        .split("\n")
        .filter((line) => /^\| :?-+/.test(line)),
    ).toHaveLength(tables);
    // A figure whose values no table holds is still printed as a table.
    const alone = { ...doc, blocks: doc.blocks.filter((block) => block.kind !== "table") };
    expect(
      renderText(alone)
        .split("\n")
        .filter((line) => /^-+\+-/.test(line)),
    ).toHaveLength(tables);
  });
});
