import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectedTable, protectedTrend } from "../test/fixtures.js";
import { hostileDataset, hostileId, hostileTable } from "../test/hostileData.js";
import { markdownProblems } from "../test/markdownInert.js";
import { htmlFacts, renderEverywhere } from "../test/markdownOracle.js";
import type { ReportDocument } from "./document.js";
import { reportLocales } from "./i18n/reportMessages.js";
import { buildMeetingReport } from "./meetingReport.js";
import { buildMinutes } from "./minutes.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { buildStatisticsReport } from "./statisticsReport.js";

// Property tests: link-like and image-like payloads in every field that reaches Markdown (URLs,
// names, titles, captions, category labels, table cells, chart files), through the real builders
// and every renderer users run. See ../test/markdownInert.ts for what "inert" means; bare
// addresses count as links we did not mean.

const REPRODUCER = "http://ok.example/a)![y](http://evil/y.png)";

const word = fc.constantFrom("x", "y", "evil", "ok", "1", "y.png", "alert(1)", "Гомель", "שלום", "");
const target = fc.constantFrom(
  "http://evil.example/p.png",
  "https://evil.example/",
  "HTTP://EVIL.EXAMPLE/x",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "&#106;avascript&#58;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//evil.example/p.png",
  "www.evil.com",
  "evil@example.com",
  "mailto:evil@example.com",
  "http://ok.example/a)",
  "<http://evil.example/>",
  "p.png",
);
const piece = fc.constantFrom(
  "![",
  "](",
  "[",
  "]",
  "(",
  ")",
  "!",
  "\\",
  "\\\\",
  "\\[",
  "\\]",
  "\\!",
  "\\)",
  "&#91;",
  "&#93;",
  "&lbrack;",
  "&rsqb;",
  "&#33;",
  "&excl;",
  "&#x5B;",
  "&colon;",
  "&amp;",
  "&lt;img src=x&gt;",
  "<",
  ">",
  "`",
  "*",
  "_",
  "~~",
  "|",
  "#",
  ":",
  ".",
  "//",
  "@",
  " ",
  "\n",
  "\r\n",
  "\n\n",
  "  \n",
  "\t",
  "    ",
  "- ",
  "1. ",
  "> ",
  "[1]: ",
  "<script>alert(1)</script>",
  "<img src=http://evil.example/p.png>",
  '<img src=x onerror="alert(1)">',
  "<iframe src=javascript:alert(1)>",
  "<svg onload=alert(1)>",
  "<style>*{background:url(http://evil.example/)}</style>",
  "<a href=http://evil.example/>",
  "</a>",
  "<details open ontoggle=alert(1)>",
  "<!--",
  "-->",
  "\u202e",
  "\u2066",
);
const flat = fc.oneof(
  fc.tuple(word, target).map(([text, url]) => `![${text}](${url})`),
  fc.tuple(word, target).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(word, target).map(([text, url]) => `[${text}](<${url}> "${text}")`),
  target.map((url) => `<img src=${url}>`),
  target.map((url) => `<${url}>`),
  fc.tuple(word, target).map(([text, url]) => `[${text}][1]\n\n[1]: ${url}`),
  fc.tuple(word, target).map(([text, url]) => `![${text}]\n\n[${text}]: ${url}`),
  target,
  word,
  piece,
  fc.string({ maxLength: 4 }),
);
// One level of nesting: brackets inside link text, an image inside a link.
const nested = fc.oneof(
  flat,
  fc.tuple(fc.array(flat, { maxLength: 3 }), target).map(([parts, url]) => `[${parts.join("")}](${url})`),
  fc.tuple(fc.array(flat, { maxLength: 3 }), target).map(([parts, url]) => `![${parts.join("")}](${url})`),
  fc.array(flat, { maxLength: 3 }).map((parts) => `[${parts.join("")}]`),
);
/** A link-like or image-like payload. */
const payload = fc.array(nested, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));
const payloads = fc.array(payload, { minLength: 1, maxLength: 6 });
const locale = fc.constantFrom(...reportLocales);

function expectInert(doc: ReportDocument): string {
  const markdown = renderMarkdown(doc);
  expect({ markdown, problems: markdownProblems(doc, markdown) }).toEqual({ markdown, problems: [] });
  return markdown;
}

describe("renderMarkdown in marked, markdown-it and micromark", () => {
  it("shows a publication URL that holds an image as a link to it, with no image, when the meeting report has one", () => {
    const data = hostileDataset(belarusTaskForces2014, 0, { texts: ["x"], urls: [REPRODUCER] });
    const doc = buildMeetingReport(data, hostileId("meeting-vitebsk-2014-05-14"), { locale: "en" });
    const markdown = expectInert(doc);
    for (const [name, html] of Object.entries(renderEverywhere(markdown))) {
      const facts = htmlFacts(html);
      expect({ name, shown: facts.text.includes(REPRODUCER) }).toEqual({ name, shown: true });
      expect({ name, hrefs: facts.hrefs.length }).toEqual({ name, hrefs: 1 });
    }
  });

  it("makes no image when data text ending in ! comes right before a link", () => {
    expectInert({
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [
        { kind: "paragraph", content: ["Look!", { kind: "link", href: "https://ok.example/", children: ["x"] }] },
      ],
    });
  });

  it("makes no autolink across two neighbouring strings of data", () => {
    expectInert({
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [{ kind: "paragraph", content: ["www.", "evil.example", " http:", "//evil.example", " a@", "b.c"] }],
    });
  });

  it("keeps link text and its target inert when both come from data", () => {
    fc.assert(
      fc.property(payload, payload, (text, href) => {
        expectInert({
          kind: "report",
          version: 1,
          lang: "en",
          title: "T",
          blocks: [
            { kind: "paragraph", content: [text, { kind: "link", href, children: [text] }, text] },
            { kind: "definitions", items: [{ term: [text], details: [{ kind: "link", href, children: [href] }] }] },
            {
              kind: "table",
              caption: [text],
              columns: [{ header: [text], align: "start" }],
              rows: [
                { cells: [{ content: [{ kind: "link", href, children: [text] }] }] },
                { cells: [{ content: [text] }] },
              ],
              footnotes: [[text]],
            },
          ],
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps buildMeetingReport inert with payloads in every name, title and URL", () => {
    fc.assert(
      fc.property(payloads, payloads, locale, (texts, urls, lang) => {
        const data = hostileDataset(belarusTaskForces2014, 0, { texts, urls });
        expectInert(buildMeetingReport(data, hostileId("meeting-vitebsk-2014-05-14"), { locale: lang }));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps buildMinutes inert with payloads in every name, title and text", () => {
    fc.assert(
      fc.property(payloads, payloads, locale, (texts, urls, lang) => {
        const data = hostileDataset(belarusTaskForces2014, 0, { texts, urls });
        expectInert(buildMinutes(data, hostileId("meeting-gomel-2014-04-16"), { locale: lang, asOf: "2014-06-01" }));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps buildStatisticsReport inert with payloads in every title, caption, label, marker and chart file", () => {
    fc.assert(
      fc.property(payloads, payloads, locale, (texts, srcs, lang) => {
        const text = (index: number): string => texts[index % texts.length] ?? "";
        const doc = buildStatisticsReport(
          [
            hostileTable(protectedTable, 0, texts),
            { ...protectedTrend, table: hostileTable(protectedTrend.table, 3, texts) },
          ],
          {
            locale: lang,
            sameRecords: false,
            title: { en: text(1), ru: text(2) },
            introduction: { en: text(3), ru: text(4) },
            labels: { [`Female ${text(0)}`]: { ru: text(5) } },
            suppressedMarker: text(6),
            unknownMarker: text(7),
            notApplicableMarker: text(8),
            chartSrc: (index: number) => srcs[index % srcs.length] ?? "",
          },
        );
        expectInert(doc);
      }),
      { numRuns: 60 },
    );
  });
});
