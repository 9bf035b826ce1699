import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Chromium, launchChromium, probePage } from "../test/chromium.js";
import { protectedTable, protectedTrend } from "../test/fixtures.js";
import { CHART_SRC_PAYLOADS, hostileDataset, hostileId, hostileTable, TEXT_PAYLOADS } from "../test/hostileData.js";
import { renderedProblems } from "../test/markdownInert.js";
import { htmlFacts, isDangerousUrl, renderEverywhere } from "../test/markdownOracle.js";
import { bidiProblems, rawControls } from "../test/textOracle.js";
import { renderCsv } from "./csv.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { ReportDocument } from "./document.js";
import { reportLocales } from "./i18n/reportMessages.js";
import { buildMeetingReport } from "./meetingReport.js";
import { buildMinutes } from "./minutes.js";
import { buildMouText } from "./mouText.js";
import { renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { buildStatisticsReport } from "./statisticsReport.js";
import { statTableBlocks } from "./statTableReport.js";

// Every builder × every format × every report language, with hostile payloads in every string
// field a user can set, checked by real consumers: Chromium (dialogs, requests, live markup after
// hovering, focusing and clicking everything), marked, markdown-it and micromark with GFM (linkify)
// on and off (then Chromium again on their HTML), csv-parse, JSON.parse, and Unicode scans of the text.

let chromium: Chromium;
beforeAll(async () => {
  chromium = await launchChromium();
}, 60_000);
afterAll(async () => {
  await chromium?.close();
});

const VARIANTS = [0, 7];

type Builder = (locale: string, offset: number) => ReportDocument;

const statOptions = (locale: string, offset: number) => {
  const text = (index: number): string => TEXT_PAYLOADS[(offset + index) % TEXT_PAYLOADS.length] ?? "";
  return {
    locale,
    title: { en: `Statistics ${text(1)}`, ru: `Статистика ${text(2)}` },
    introduction: { en: text(3), ru: text(4) },
    labels: { [`Female ${text(0)}`]: { ru: `Женщины ${text(5)}` } },
    suppressedMarker: text(6),
    unknownMarker: text(8),
    notApplicableMarker: text(9),
    chartSrc: (index: number) => CHART_SRC_PAYLOADS[(offset + index) % CHART_SRC_PAYLOADS.length] ?? "",
  };
};

const builders: Readonly<Record<string, Builder>> = {
  buildMeetingReport: (locale, offset) =>
    buildMeetingReport(hostileDataset(belarusTaskForces2014, offset), hostileId("meeting-vitebsk-2014-05-14"), {
      locale,
    }),
  buildMinutes: (locale, offset) =>
    buildMinutes(hostileDataset(belarusTaskForces2014, offset), hostileId("meeting-gomel-2014-04-16"), {
      locale,
      asOf: "2014-06-01",
    }),
  buildDecisionTracker: (locale, offset) =>
    buildDecisionTracker(hostileDataset(belarusTaskForces2014, offset), { locale, asOf: "2014-06-01" }),
  buildMouText: (locale, offset) =>
    buildMouText(hostileDataset(belarusTaskForces2014, offset), hostileId("mou-vitebsk"), {
      locale,
      asOf: "2014-06-01",
      includeDecisionEffects: true,
      note: { en: TEXT_PAYLOADS[offset] ?? "", ru: TEXT_PAYLOADS[offset + 1] ?? "" },
    }),
  buildStatisticsReport: (locale, offset) =>
    buildStatisticsReport(
      [
        hostileTable(protectedTable, offset),
        { ...protectedTrend, table: hostileTable(protectedTrend.table, offset + 3) },
      ],
      // Two separate fixtures, not two views of the same records.
      { ...statOptions(locale, offset), sameRecords: false },
    ),
  statTableBlocks: (locale, offset) => ({
    kind: "report",
    version: 1,
    lang: locale,
    title: TEXT_PAYLOADS[offset] ?? "",
    blocks: statTableBlocks(hostileTable(protectedTable, offset), { ...statOptions(locale, offset), id: "t" }),
  }),
};

async function expectInert(html: string, label: string): Promise<void> {
  const report = await probePage(chromium, html);
  expect({ label, dialogs: report.dialogs, requests: report.requests, live: report.live, ran: report.ran }).toEqual({
    label,
    dialogs: [],
    requests: [],
    live: [],
    ran: false,
  });
}

const cases = Object.keys(builders).flatMap((builder) =>
  reportLocales.flatMap((locale) => VARIANTS.map((offset) => [builder, locale, offset] as const)),
);

describe.each(cases)("%s in %s with payloads from %i", (builderName, locale, offset) => {
  const doc = (builders[builderName] as Builder)(locale, offset);

  it("builds a document whose data really holds the payloads", () => {
    const json = JSON.stringify(doc);
    expect(json).toMatch(/javascript|evil\.example|<script>|\\u202e|\\u001b|HYPERLINK/);
  });

  it("renders HTML that Chromium shows with no script, dialog, request or unisolated bidi text", async () => {
    const page = renderHtml(doc);
    expect(rawControls(page, "\n\t")).toEqual([]);
    expect(page).not.toMatch(/[\u202a-\u202e]/);
    const facts = htmlFacts(page);
    expect(facts.unisolatedRtl).toEqual([]);
    expect(facts.handlers).toEqual([]);
    expect(facts.hrefs.filter(isDangerousUrl)).toEqual([]);
    expect(facts.srcs).toEqual([]);
    // Chromium for the first payload rotation; the parse5 checks above cover the others.
    if (offset === VARIANTS[0]) await expectInert(page, "renderHtml");
  });

  it("renders Markdown that marked, markdown-it and micromark, GFM on and off, turn into inert HTML with only the builder's links", async () => {
    const markdown = renderMarkdown(doc);
    expect(rawControls(markdown)).toEqual([]);
    expect(bidiProblems(markdown)).toEqual([]);
    const rendered = renderEverywhere(markdown);
    expect(renderedProblems(doc, rendered)).toEqual([]);
    // Every renderer's HTML in one page, without any sanitiser or CSP, as a careless consumer would show it.
    if (offset === VARIANTS[0]) {
      await expectInert(
        `<!doctype html><html><body>${Object.values(rendered).join("<hr>")}</body></html>`,
        "marked, markdown-it and micromark",
      );
    }
  });

  it("renders text with no control character and only isolated bidi text", () => {
    const text = renderText(doc);
    expect(rawControls(text)).toEqual([]);
    expect(bidiProblems(text)).toEqual([]);
    expect(text).not.toMatch(/\p{Cs}/u);
  });

  it("renders every table as CSV a reader parses with no formula, control or unisolated bidi text", () => {
    const ids = doc.blocks.flatMap((block) => (block.kind === "table" ? [block.id] : []));
    for (const id of ids) {
      const csv = renderCsv(doc, id === undefined ? {} : { tableId: id });
      expect(rawControls(csv, "\r\n\t")).toEqual([]);
      const rows = parseCsv(csv, { relax_column_count: true }) as string[][];
      expect(rows.length).toBeGreaterThan(0);
      for (const cell of rows.flat()) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(bidiProblems(cell.replace(/\n/g, " "))).toEqual([]);
      }
    }
  });

  it("renders JSON that parses back to the document and holds no raw control", () => {
    const json = renderJson(doc);
    expect(rawControls(json)).toEqual([]);
    expect(json).not.toMatch(/[\u2028\u2029\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
