import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlFacts, isDangerousUrl, isRemoteUrl, renderWithGfm } from "../test/markdownOracle.js";
import type { ReportDocument } from "./document.js";
import { escapeMarkdown, renderMarkdown } from "./renderMarkdown.js";

function paragraph(text: string): ReportDocument {
  return { kind: "report", version: 1, lang: "en", title: "T", blocks: [{ kind: "paragraph", content: [text] }] };
}

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["*bold* _it_ `code` ~strike~", "\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript\\:alert(1))"],
    ["a | b", "a \\| b"],
    ["back\\slash", "back\\\\slash"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["AT&T", "AT&T"],
    ["line\nbreak", "line break"],
    ["Гомель", "Гомель"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("renderMarkdown", () => {
  it.each([
    ["# heading", "\\# heading\n"],
    ["- item", "\\- item\n"],
    ["+ item", "\\+ item\n"],
    ["1. item", "1\\. item\n"],
    ["=====", "\\=====\n"],
  ])("keeps %j from starting a block when it opens a paragraph", (text, expected) => {
    expect(renderMarkdown(paragraph(text))).toBe(expected);
  });

  it("writes an organisation named <script>alert(1)</script> as text", () => {
    expect(renderMarkdown(paragraph("<script>alert(1)</script>"))).toBe("&lt;script&gt;alert(1)&lt;/script&gt;\n");
  });

  it("neutralises a javascript: link when a document holds one", () => {
    const doc: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [{ kind: "paragraph", content: [{ kind: "link", href: "javascript:alert(1)", children: ["x"] }] }],
    };
    expect(renderMarkdown(doc)).toBe("[x](<#>)\n");
  });

  it("splits two lists of the same kind when they follow each other", () => {
    const doc: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [
        { kind: "list", ordered: false, items: [["a"]] },
        { kind: "list", ordered: false, items: [["b"]] },
      ],
    };
    expect(renderMarkdown(doc)).toBe("- a\n\n<!-- -->\n\n- b\n");
  });

  it("never lets data produce raw HTML or a tag, for any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(renderMarkdown(paragraph(text))).not.toMatch(/</);
      }),
    );
  });
});

function linkDoc(href: string, src?: string): ReportDocument {
  return {
    kind: "report",
    version: 1,
    lang: "en",
    title: "T",
    blocks: [
      { kind: "paragraph", content: ["See ", { kind: "link", href, children: ["the report"] }, "."] },
      {
        kind: "figure",
        caption: ["Chart"],
        ...(src === undefined ? {} : { src }),
        chart: {
          kind: "bar",
          title: "Chart",
          xLabel: "x",
          yLabel: "y",
          categories: ["a"],
          series: [{ name: "s", values: [1] }],
        },
      },
    ],
  };
}

// Payloads that end a link destination early or smuggle a scheme past a naive check.
const breakouts = [
  "http://ok.example/a)[x](javascript:alert(1))",
  "http://ok.example/a)![y](http://evil.example/y.png)",
  "http://ok.example/a>[x](javascript:alert(1))",
  "http://ok.example/a b)[x](javascript:alert(1))",
  "http://ok.example/a\\)[x](javascript:alert(1))",
  "http://ok.example/a&#41;[x](javascript:alert(1))",
  "http://ok.example/a\n\n[x]: javascript:alert(1)\n\n[x]",
  'http://ok.example/a"onmouseover="alert(1)',
  "http://ok.example/a'onmouseover='alert(1)",
  "http://ok.example/a|b)[x](javascript:alert(1))",
  "http://ok.example/<img src=x onerror=alert(1)>",
  "http://ok.example/a]]((x))[[(javascript:alert(1))",
  "http://ok.example/\u0000)[x](javascript:alert(1))",
  "http://ok.example/\u202e)[x](javascript:alert(1))",
];

describe("renderMarkdown link destinations", () => {
  it.each(breakouts)("keeps the link whole under marked and markdown-it when the URL is %j", (href) => {
    const html = renderWithGfm(renderMarkdown(linkDoc(href)));
    for (const output of [html.marked, html.markdownIt]) {
      const facts = htmlFacts(output);
      expect(facts.elements.filter((name) => name === "a")).toHaveLength(1);
      expect(facts.elements).not.toContain("img");
      expect(facts.handlers).toEqual([]);
      expect(facts.hrefs.filter(isDangerousUrl)).toEqual([]);
      expect(facts.hrefs[0]).toMatch(/^http:\/\/ok\.example\//);
      expect(facts.text).toContain("See the report.");
    }
  });

  it.each([
    "javascript&#58;alert(3)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javas&Tab;cript:alert(1)",
    "java&#x09;script:alert(1)",
    "&amp;#106;avascript:alert(1)",
    "data&#58;text/html,<script>alert(1)</script>",
    "\u00a0javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "\ufeffjavascript:alert(1)",
    "vbscript:msgbox(1)",
  ])("writes no live script link under marked and markdown-it when the URL is %j", (href) => {
    const html = renderWithGfm(renderMarkdown(linkDoc(href)));
    for (const output of [html.marked, html.markdownIt]) {
      const facts = htmlFacts(output);
      expect(facts.hrefs).toEqual(["#"]);
    }
  });

  it.each([
    ") ![y](http://evil.example/y.png) (",
    "x.svg) ![y](http://evil.example/y.png",
    "x.svg> ![y](http://evil.example/y.png)",
    "http://evil.example/y.png",
    "//evil.example/y.png",
    "\\\\evil.example\\y.png",
    " /\\evil.example/y.png",
    "javascript:alert(1)",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "&#104;ttp://evil.example/y.png",
  ])("loads no remote image and prints the chart data when chartSrc is %j", (src) => {
    const markdown = renderMarkdown(linkDoc("https://ok.example/", src));
    const html = renderWithGfm(markdown);
    for (const output of [html.marked, html.markdownIt]) {
      const facts = htmlFacts(output);
      expect(facts.srcs.filter(isRemoteUrl)).toEqual([]);
      expect(facts.srcs.filter(isDangerousUrl)).toEqual([]);
      expect(facts.hrefs).toEqual(["https://ok.example/"]);
    }
  });

  it("links a relative chart file as one image whose source keeps its name", () => {
    const html = renderWithGfm(renderMarkdown(linkDoc("https://ok.example/", "charts/persons (2014).svg")));
    for (const output of [html.marked, html.markdownIt]) {
      expect(htmlFacts(output).srcs).toEqual(["charts/persons%20%282014%29.svg"]);
    }
  });

  it("keeps a query string's & and an encoded character when the URL is safe", () => {
    const html = renderWithGfm(renderMarkdown(linkDoc("https://ok.example/a?b=1&c=%20d#e")));
    for (const output of [html.marked, html.markdownIt]) {
      expect(htmlFacts(output).hrefs).toEqual(["https://ok.example/a?b=1&c=%20d#e"]);
    }
  });
});
