import { indexDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStatistics } from "../test/demoStatistics.js";
import { launchChromium, normalise, type PdfPage, printPdf, readPdf } from "../test/printPdf.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { ReportDocument, TableBlock } from "./document.js";
import { inlineText } from "./internal/inlineText.js";
import { buildMeetingReport } from "./meetingReport.js";
import { buildMinutes } from "./minutes.js";
import { buildMouText } from "./mouText.js";
import { renderHtml } from "./renderHtml.js";
import { buildStatisticsReport } from "./statisticsReport.js";

// Prints the reports to A4 PDF in headless chromium, as a secretariat's "Save as PDF" does, and
// reads the pages back with poppler's pdftotext: page counts, what each page holds, where its text ends.

const AS_OF = "2014-12-01";
const index = indexDataset(belarusTaskForces2014);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

// pdftotext writes ligatures and typographic forms as one character each: compare their NFKC forms.
const text = (value: string): string => normalise(value).normalize("NFKC");
const squash = (value: string): string => value.replace(/\s+/g, "");
const pageTexts = (pages: readonly PdfPage[]): string[] => pages.map((page) => text(page.text));

async function print(doc: ReportDocument): Promise<PdfPage[]> {
  return readPdf(await printPdf(browser, renderHtml(doc)));
}

// Each document is built and printed once, however many tests read its pages.
const printed = new Map<string, Promise<{ readonly doc: ReportDocument; readonly pages: PdfPage[] }>>();
function printOnce(name: string, build: () => ReportDocument) {
  let entry = printed.get(name);
  if (entry === undefined) {
    const doc = build();
    entry = print(doc).then((pages) => ({ doc, pages }));
    printed.set(name, entry);
  }
  return entry;
}

function tables(doc: ReportDocument): TableBlock[] {
  return doc.blocks.filter((block): block is TableBlock => block.kind === "table");
}

const documents: readonly (readonly [string, () => ReportDocument])[] = [
  ["decision tracker", () => buildDecisionTracker(index, { asOf: AS_OF })],
  ["Russian decision tracker", () => buildDecisionTracker(index, { asOf: AS_OF, locale: "ru" })],
  [
    "statistics report",
    () =>
      buildStatisticsReport(demoStatistics(), {
        title: { en: "Case statistics (synthetic data)" },
        introduction: { en: "Counts of 2,000 synthetic case records, protected by cell suppression." },
      }),
  ],
  ["Vitebsk minutes", () => buildMinutes(index, "meeting-vitebsk-2014-05-14", { asOf: AS_OF })],
  ["Gomel meeting report", () => buildMeetingReport(index, "meeting-gomel-2014-04-16")],
  [
    "MoU text",
    () => buildMouText(index, belarusTaskForces2014.mous[0]?.id ?? "", { asOf: AS_OF, includeDecisionEffects: true }),
  ],
];

describe("renderHtml printed to PDF", () => {
  it("prints the decision tracker on at most 4 A4 pages per 20 decision rows, and 20 rows on at most 3", async () => {
    const tracker = buildDecisionTracker(index, { asOf: AS_OF });
    const rows = tables(tracker).reduce((sum, table) => sum + table.rows.length, 0);
    expect(rows).toBeGreaterThanOrEqual(20);
    const pages = await print(tracker);
    expect(pages.length).toBeLessThanOrEqual(Math.ceil((4 * rows) / 20));
    // The 20 decisions once, as one table under the title.
    const all = tables(tracker).find((table) => table.rows.length === 20);
    expect(all).toBeDefined();
    if (all === undefined) return;
    const alone: ReportDocument = { ...tracker, blocks: [tracker.blocks[0] ?? all, all] };
    expect((await print(alone)).length).toBeLessThanOrEqual(3);
  }, 60_000);

  it.each(documents)(
    "fills the first page of the %s when it runs to more pages",
    async (name, build) => {
      const { pages } = await printOnce(name, build);
      const first = pages[0];
      expect(first).toBeDefined();
      if (pages.length > 1 && first !== undefined) {
        // Text reaches into the bottom quarter of the page: no title alone above a pushed-down table.
        expect(first.textBottom / first.height).toBeGreaterThan(0.75);
      }
    },
    60_000,
  );

  it.each(documents)(
    "ends no page of the %s with a heading",
    async (name, build) => {
      const { doc, pages: printedPages } = await printOnce(name, build);
      const pages = pageTexts(printedPages);
      const headings = doc.blocks.flatMap((block) =>
        block.kind === "heading" ? [text(inlineText(block.content))] : [],
      );
      expect(headings.length).toBeGreaterThan(0);
      for (const [at, page] of pages.slice(0, -1).entries()) {
        const last = headings.find((heading) => page.endsWith(heading));
        expect(last, `page ${at + 1} ends with the heading "${last}"`).toBeUndefined();
      }
    },
    60_000,
  );

  it.each(documents)(
    "keeps every table cell of the %s on one page",
    async (name, build) => {
      const { doc, pages: printedPages } = await printOnce(name, build);
      const pages = pageTexts(printedPages);
      for (const table of tables(doc)) {
        for (const row of table.rows) {
          for (const cell of row.cells) {
            // Compared without white space: a line break after a hyphen ("sub-⏎contraction") is not a split.
            const content = squash(text(inlineText(cell.content)));
            expect(
              pages.some((page) => squash(page).includes(content)),
              `"${content}" of table ${table.id ?? "?"} is split across pages`,
            ).toBe(true);
          }
        }
      }
    },
    60_000,
  );

  it.each(documents)(
    "repeats each table's header row on every page the %s's table runs to",
    async (name, build) => {
      const { doc, pages: printedPages } = await printOnce(name, build);
      const pages = pageTexts(printedPages);
      let continued = 0;
      for (const table of tables(doc)) {
        const header = text(table.columns.map((column) => inlineText(column.header)).join(" "));
        // A page holds part of the table when it holds one of its rows: cells in drawing order.
        const rows = table.rows.map((row) => text(row.cells.map((cell) => inlineText(cell.content)).join(" ")));
        const holding = pages.filter((page) => rows.some((row) => page.includes(row)));
        if (holding.length > 1) continued += 1;
        for (const page of holding) expect(page).toContain(header);
      }
      if (doc.lang === "en" && doc.title.startsWith("Decision tracker")) expect(continued).toBeGreaterThan(0);
    },
    60_000,
  );
});
