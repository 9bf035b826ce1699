// Every builder × every built-in language × every format, on data whose every text is a
// script-neutral token in every language: no fallback marker may appear, and every word left is
// template text, which must be written in the report language's alphabet (test/languageOracle.ts).
// DOCX and XLSX are unzipped and read with fflate and xmldom, iCalendar with ical.js: readers
// independent of the writers.
import { indexDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { demoStatistics } from "../test/demoStatistics.js";
import { fallbackMarkers, foreignWords, token, tokenDataset } from "../test/languageOracle.js";
import { buildAttendanceReport } from "./attendanceReport.js";
import { renderCsv } from "./csv.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { ReportDocument } from "./document.js";
import { renderDocx } from "./docx/renderDocx.js";
import type { NrmLocale } from "./i18n/nrmLocale.js";
import { missingTranslations } from "./i18n/reportMessages.js";
import { renderICalendar } from "./ical/renderICalendar.js";
import { be, en, ro, ru, uk } from "./locales/index.js";
import { buildMeetingReport } from "./meetingReport.js";
import { buildMinutes } from "./minutes.js";
import { buildMouText } from "./mouText.js";
import { renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { buildStatisticsReport } from "./statisticsReport.js";
import { renderXlsx } from "./xlsx/renderXlsx.js";

const LOCALES: readonly NrmLocale[] = [en, ru, be, uk, ro];
const CODES = LOCALES.map((locale) => locale.code);
const AS_OF = "2014-12-01";
const dataset = tokenDataset(belarusTaskForces2014, CODES);
const index = indexDataset(dataset);
// Ids are data too: a calendar names a person without a name by their id.
const ids = JSON.stringify(dataset)
  .match(/"id":"[^"]+"/g)
  ?.map((pair) => pair.slice(6, -1))
  .sort((a, b) => b.length - a.length);
const statisticsTitle = Object.fromEntries(CODES.map((code) => [code, token(9000)]));
const statisticsLabels = Object.fromEntries(
  [9001, 9002, 9003].map((number) => [token(number), Object.fromEntries(CODES.map((code) => [code, token(number)]))]),
);
// Statistics titles are the user's own words, and so data: a token each.
const statistics = demoStatistics().map((item, number) =>
  "table" in item
    ? { ...item, table: { ...item.table, title: token(9001 + number) } }
    : { ...item, title: token(9001 + number) },
);

function documents(locale: NrmLocale): readonly (readonly [string, ReportDocument])[] {
  return [
    ...dataset.meetings.flatMap((meeting) => [
      [`meeting report ${meeting.id}`, buildMeetingReport(index, meeting.id, { locale })] as const,
      [`minutes ${meeting.id}`, buildMinutes(index, meeting.id, { locale, asOf: AS_OF })] as const,
    ]),
    ["decision tracker", buildDecisionTracker(index, { asOf: AS_OF, locale })] as const,
    ["attendance report", buildAttendanceReport(index, { locale })] as const,
    ...dataset.mous.map(
      (mou) =>
        [
          `MoU text ${mou.id}`,
          buildMouText(index, mou.id, { asOf: AS_OF, includeDecisionEffects: true, locale }),
        ] as const,
    ),
    [
      "statistics",
      // The titles are the user's: translated through `labels`, as a user would.
      buildStatisticsReport(statistics, { locale, title: statisticsTitle, labels: statisticsLabels }),
    ] as const,
  ];
}

/** The text a Word reader shows: every run of the document body. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const runs = dom.getElementsByTagName("w:t");
  return Array.from({ length: runs.length }, (_, i) => runs.item(i)?.textContent ?? "").join(" ");
}

/** The text an Excel reader shows: shared and inline strings, and sheet names. */
function xlsxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const texts: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (!/^xl\/(sharedStrings|workbook|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    const dom = new DOMParser().parseFromString(strFromU8(content), "text/xml");
    const cells = dom.getElementsByTagName("t");
    for (let i = 0; i < cells.length; i++) texts.push(cells.item(i)?.textContent ?? "");
    const sheets = dom.getElementsByTagName("sheet");
    for (let i = 0; i < sheets.length; i++) texts.push(sheets.item(i)?.getAttribute("name") ?? "");
  }
  return texts.join(" ");
}

/** What a calendar shows of an iCalendar file: summaries, descriptions, locations and attendee names. */
function icsText(ics: string): string {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const texts: string[] = [];
  for (const item of [...calendar.getAllSubcomponents("vevent"), ...calendar.getAllSubcomponents("vtodo")]) {
    for (const name of ["summary", "description", "location"]) {
      const value = item.getFirstPropertyValue(name);
      if (typeof value === "string") texts.push(value);
    }
    for (const attendee of item.getAllProperties("attendee")) texts.push(String(attendee.getParameter("cn") ?? ""));
  }
  return texts.join("\n");
}

/** The visible text of an HTML page: no markup, no style sheet. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ");
}

describe.each(LOCALES.map((locale) => [locale.code, locale] as const))("reports in %s", (code, locale) => {
  it("leave nothing untranslated in the catalogue", () => {
    expect(missingTranslations(locale)).toEqual([]);
  });

  describe.each(documents(locale))("%s", (_name, doc) => {
    const check = (format: string, text: string): void => {
      expect({ format, markers: fallbackMarkers(text) }).toEqual({ format, markers: [] });
      expect({ format, foreign: [...new Set(foreignWords(text, code))] }).toEqual({ format, foreign: [] });
    };

    it("writes text, Markdown and HTML in the language, with no fallback marker", () => {
      expect(doc.lang).toBe(code);
      check("text", renderText(doc));
      check("markdown", renderMarkdown(doc).replace(/\]\([^)]*\)/g, "]"));
      check("html", htmlText(renderHtml(doc)));
      // JSON keys are the format's, not the language's: only the markers are checked.
      expect(fallbackMarkers(renderJson(doc))).toEqual([]);
    });

    it("writes every table as CSV in the language", () => {
      for (const block of doc.blocks) {
        if (block.kind !== "table") continue;
        check("csv", renderCsv(doc, block.id === undefined ? {} : { tableId: block.id }));
      }
    });

    it("writes Word and Excel files whose text is in the language", async () => {
      check("docx", docxText(await renderDocx(doc)));
      check("xlsx", xlsxText(await renderXlsx(doc)));
    });
  });

  it("writes an iCalendar file whose text is in the language", () => {
    const text = icsText(renderICalendar(index, { locale, decisions: "open", asOf: AS_OF }));
    expect(fallbackMarkers(text)).toEqual([]);
    expect([...new Set(foreignWords(text, code, ids))]).toEqual([]);
  });
});
