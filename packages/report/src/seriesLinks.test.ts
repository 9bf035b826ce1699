import type { Meeting, NrmDataset, SeriesLink } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { validateDataset } from "@nrmkit/validation";
import { strFromU8, unzipSync } from "fflate";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { withBrest } from "../test/fixtures.js";
import { renderDocx } from "./docx/renderDocx.js";
import { buildMeetingReport, type MeetingReportOptions } from "./meetingReport.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { renderXlsx } from "./xlsx/renderXlsx.js";

// Series links are read back as a reader's tool sees them: HTML and the Markdown of two renderers
// parsed with parse5, the DOCX package's relationships, the XLSX's strings, the text as printed.

const VITEBSK = "meeting-vitebsk-2014-05-14";
const BREST = "meeting-brest-2014-06-18";

function linking(next: SeriesLink, previous?: SeriesLink): NrmDataset {
  const data = withBrest(belarusTaskForces2014);
  const meetings = data.meetings.map((meeting): Meeting => {
    if (meeting.id !== VITEBSK || meeting.publication === undefined) return meeting;
    const { previous: _previous, next: _next, ...rest } = meeting.publication;
    return { ...meeting, publication: { ...rest, next, ...(previous === undefined ? {} : { previous }) } };
  });
  return { ...data, meetings };
}

interface Anchor {
  readonly href: string;
  readonly text: string;
}

type Node5 = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node5[]; value?: string };

function anchors(html: string): Anchor[] {
  const found: Anchor[] = [];
  const text = (node: Node5): string =>
    node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(text).join("");
  const walk = (node: Node5): void => {
    if (node.nodeName === "a") {
      const href = node.attrs?.find((attr) => attr.name === "href")?.value ?? "";
      found.push({ href, text: text(node).replace(/\s+/g, " ").trim() });
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html) as unknown as Node5);
  return found;
}

function report(data: NrmDataset, options: MeetingReportOptions = {}) {
  return buildMeetingReport(data, VITEBSK, options);
}

describe("series links", () => {
  it("the bundled and extended data with a link by id pass validation; an unknown id or an empty link does not", () => {
    // Only the issues about publications: the fixture's Brest meeting has unrelated ones.
    const issuesOf = (data: NrmDataset): string[][] => {
      const result = validateDataset(JSON.parse(JSON.stringify(data)));
      return result.success
        ? []
        : result.issues
            .filter((issue) => issue.path[2] === "publication")
            .map((issue) => [issue.code, issue.path.join(".")]);
    };
    expect(issuesOf(linking({ meetingId: BREST }))).toEqual([]);
    expect(issuesOf(linking({ meetingId: "meeting-nowhere" }))).toEqual([
      ["unknown_reference", "meetings.1.publication.next.meetingId"],
    ]);
    expect(issuesOf(linking({}))).toEqual([["empty_link", "meetings.1.publication.next"]]);
    expect(issuesOf(linking({ url: "javascript:alert(1)" }))).toEqual([
      ["invalid_url", "meetings.1.publication.next.url"],
    ]);
  });

  it("links a meeting named by id to the address meetingUrl gives, in HTML, Markdown (marked, markdown-it), DOCX, XLSX and text", async () => {
    const doc = report(linking({ meetingId: BREST }), { meetingUrl: (id) => `../${id}/report.en.html` });
    const href = `../${BREST}/report.en.html`;
    // No title given and Brest has no publication: the report names the meeting by task force and day.
    const expected = { href, text: "Meeting of the Multi-disciplinary task force of Brest oblast, 18 June 2014" };
    expect(anchors(renderHtml(doc))).toContainEqual(expected);
    const markdown = renderMarkdown(doc);
    expect(anchors(await marked.parse(markdown))).toContainEqual(expected);
    expect(anchors(new MarkdownIt().render(markdown))).toContainEqual(expected);
    const docx = unzipSync(await renderDocx(doc));
    expect(strFromU8(docx["word/_rels/document.xml.rels"] ?? new Uint8Array())).toContain(`Target="${href}"`);
    const xlsx = unzipSync(await renderXlsx(doc));
    const strings = Object.entries(xlsx)
      .filter(([name]) => name.endsWith(".xml"))
      .map(([, bytes]) => strFromU8(bytes))
      .join("\n");
    expect(strings).toContain(`${expected.text} &lt;${href}&gt;`);
    expect(renderText(doc)).toContain(`Next item: ${expected.text} <${href}>`);
  });

  it("prefers the link's own title and URL, and otherwise the other meeting's headline and published URL", () => {
    const linked = linking(
      { meetingId: BREST },
      { title: { en: "The Gomel meeting" }, url: "https://example.org/gomel" },
    );
    const brestNews = { en: "Brest task force met", ru: "Заседание в Бресте" };
    const publication = {
      title: brestNews,
      url: "https://example.org/brest",
      categories: [],
      tags: [],
      languages: ["en"],
    };
    const data: NrmDataset = {
      ...linked,
      meetings: linked.meetings.map((meeting) => (meeting.id === BREST ? { ...meeting, publication } : meeting)),
    };
    const links = anchors(renderHtml(report(data, { meetingUrl: () => undefined })));
    expect(links).toContainEqual({ href: "https://example.org/gomel", text: "The Gomel meeting" });
    expect(links).toContainEqual({ href: "https://example.org/brest", text: brestNews.en });
    expect(anchors(renderHtml(report(data, { locale: "ru" })))).toContainEqual({
      href: "https://example.org/brest",
      text: brestNews.ru,
    });
    // meetingUrl wins over the other meeting's published URL; the link's own URL wins over both.
    const chosen = anchors(renderHtml(report(data, { meetingUrl: (id) => `#${id}` })));
    expect(chosen).toContainEqual({ href: `#${BREST}`, text: brestNews.en });
    expect(chosen).toContainEqual({ href: "https://example.org/gomel", text: "The Gomel meeting" });
  });

  it("shows a title with no address as plain text, and never links an unsafe address a callback returns", () => {
    const data = linking({ title: { en: "Meeting of the Multi-Disciplinary Task Force, Brest" } });
    const html = renderHtml(report(data));
    expect(html).toContain("Meeting of the Multi-Disciplinary Task Force, Brest");
    expect(anchors(html).map((anchor) => anchor.text)).not.toContain(
      "Meeting of the Multi-Disciplinary Task Force, Brest",
    );
    const hostile = report(linking({ meetingId: BREST }), { meetingUrl: () => "javascript:alert(1)" });
    for (const anchor of anchors(renderHtml(hostile))) expect(anchor.href.toLowerCase()).not.toContain("javascript");
    expect(renderText(hostile).toLowerCase()).not.toContain("javascript");
  });
});
