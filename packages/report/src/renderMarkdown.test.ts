import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlFacts, isDangerousUrl, isRemoteUrl, renderEverywhere } from "../test/markdownOracle.js";
import type { ReportDocument } from "./document.js";
import { escapeMarkdown, renderMarkdown } from "./renderMarkdown.js";

function paragraph(text: string): ReportDocument {
  return { kind: "report", version: 1, lang: "en", title: "T", blocks: [{ kind: "paragraph", content: [text] }] };
}

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["*bold* _it_ `code` ~strike~", "\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~"],
    ["[x](javascript:alert(1))", "&#91;x&#93;(javascript\\:alert(1))"],
    ["Look!", "Look\\!"],
    ["www. (x)", "www\\. (x)"],
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
    expect(renderMarkdown(doc)).toBe("- a\n\n* b\n");
  });

  it.each([false, true])(
    "keeps three lists in a row apart in every renderer, with no raw HTML, when ordered is %s",
    (ordered) => {
      const doc: ReportDocument = {
        kind: "report",
        version: 1,
        lang: "en",
        title: "T",
        blocks: [
          { kind: "list", ordered, items: [["a"], ["b"]] },
          { kind: "list", ordered, items: [["c"]] },
          { kind: "list", ordered, items: [["d"]] },
        ],
      };
      const markdown = renderMarkdown(doc);
      expect(markdown).not.toContain("<");
      for (const [name, html] of Object.entries(renderEverywhere(markdown))) {
        const lists = htmlFacts(html).elements.filter((element) => element === (ordered ? "ol" : "ul"));
        expect({ name, lists: lists.length }).toEqual({ name, lists: 3 });
      }
    },
  );

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
  it.each(breakouts)("keeps the link whole under marked, markdown-it and micromark when the URL is %j", (href) => {
    const html = renderEverywhere(renderMarkdown(linkDoc(href)));
    for (const output of Object.values(html)) {
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
  ])("writes no live script link under marked, markdown-it and micromark when the URL is %j", (href) => {
    const html = renderEverywhere(renderMarkdown(linkDoc(href)));
    for (const output of Object.values(html)) {
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
    const html = renderEverywhere(markdown);
    for (const output of Object.values(html)) {
      const facts = htmlFacts(output);
      expect(facts.srcs.filter(isRemoteUrl)).toEqual([]);
      expect(facts.srcs.filter(isDangerousUrl)).toEqual([]);
      expect(facts.hrefs).toEqual(["https://ok.example/"]);
    }
  });

  it("links a relative chart file as one image whose source keeps its name", () => {
    const html = renderEverywhere(renderMarkdown(linkDoc("https://ok.example/", "charts/persons (2014).svg")));
    for (const output of Object.values(html)) {
      expect(htmlFacts(output).srcs).toEqual(["charts/persons%20%282014%29.svg"]);
    }
  });

  it("keeps a query string's & and an encoded character when the URL is safe", () => {
    const html = renderEverywhere(renderMarkdown(linkDoc("https://ok.example/a?b=1&c=%20d#e")));
    for (const output of Object.values(html)) {
      expect(htmlFacts(output).hrefs).toEqual(["https://ok.example/a?b=1&c=%20d#e"]);
    }
  });
});

function richDoc(text: string): ReportDocument {
  return {
    kind: "report",
    version: 1,
    lang: "en",
    title: "T",
    blocks: [
      { kind: "heading", level: 2, content: [text] },
      { kind: "paragraph", content: ["Said: ", text, " (", { kind: "fallback", text, lang: "ru" }, ")"] },
      { kind: "list", ordered: false, items: [[text]] },
      { kind: "definitions", items: [{ term: ["Term"], details: [text] }] },
      {
        kind: "table",
        caption: [text],
        columns: [{ header: [text], align: "start" }],
        rows: [{ cells: [{ content: [text] }] }],
        footnotes: [[text]],
      },
      { kind: "paragraph", content: [{ kind: "link", href: "https://ok.example/", children: [text] }] },
    ],
  };
}

// Bare addresses in data that GFM (marked) or linkify (markdown-it) would turn into links.
const autolinks = [
  "see http://evil.example/x now",
  "see HTTPS://evil.example/x now",
  "see www.evil.example now",
  "(www.evil.example)",
  "*www.evil.example*",
  "mail evil@example.com now",
  "mail evil+tag@mail.example.org",
  "xmpp:evil@example.com/res",
  "mailto:evil@example.com",
  "host evil.example/path",
  "протокол пример.рф",
  "proto //evil.example/x",
  "ip 192.168.0.1",
  "ftp://evil.example/f",
  "!\\[y](http://evil.example/y.png) ![y](http://evil.example/y.png)",
  "<http://evil.example/> <javascript:alert(1)> <evil@example.com>",
  "[x]: javascript:alert(1)",
  "[x]\n\n[x]: http://evil.example/",
  '<a href="javascript:alert(1)">x</a><img src="http://evil.example/i.png">',
  "&lt;img src=x&gt; &#60;img src=x&#62;",
];

describe("renderMarkdown autolinks", () => {
  it.each(autolinks)("makes no link or image from the data %j under marked, markdown-it and micromark", (text) => {
    const html = renderEverywhere(renderMarkdown(richDoc(text)));
    for (const output of Object.values(html)) {
      const facts = htmlFacts(output);
      expect(facts.elements.filter((name) => name === "a")).toHaveLength(1);
      expect(facts.hrefs).toEqual(["https://ok.example/"]);
      expect(facts.srcs).toEqual([]);
      expect(facts.elements.filter((name) => !MARKDOWN_ELEMENTS.has(name))).toEqual([]);
    }
  });

  it("keeps the builder's own link live when its text is a URL", () => {
    const doc: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "en",
      title: "T",
      blocks: [
        {
          kind: "paragraph",
          content: [{ kind: "link", href: "https://belarus.iom.int/news", children: ["https://belarus.iom.int/news"] }],
        },
      ],
    };
    const html = renderEverywhere(renderMarkdown(doc));
    for (const output of Object.values(html)) {
      const facts = htmlFacts(output);
      expect(facts.hrefs).toEqual(["https://belarus.iom.int/news"]);
      expect(facts.text.trim()).toBe("https://belarus.iom.int/news");
    }
  });

  it.each(autolinks)("shows the data %j exactly as written", (text) => {
    const html = renderEverywhere(renderMarkdown(richDoc(text.replace(/\n/g, " "))));
    for (const output of Object.values(html)) {
      expect(htmlFacts(output).text).toContain(`Said: ${text.replace(/\n/g, " ")} (`);
    }
  });

  it("keeps a heading's trailing # when the data ends with one", () => {
    const html = renderEverywhere(renderMarkdown(paragraphHeading("Issue #")));
    for (const output of Object.values(html)) expect(htmlFacts(output).text.trim()).toBe("Issue #");
  });

  it("starts no code block when the data opens with spaces", () => {
    const html = renderEverywhere(renderMarkdown(paragraph("        indented")));
    for (const output of Object.values(html)) expect(htmlFacts(output).elements).not.toContain("code");
  });
});

function paragraphHeading(text: string): ReportDocument {
  return {
    kind: "report",
    version: 1,
    lang: "en",
    title: "T",
    blocks: [{ kind: "heading", level: 2, content: [text] }],
  };
}

// The elements the Markdown of a report may produce; anything else came from data.
const MARKDOWN_ELEMENTS = new Set([
  "html",
  "head",
  "body",
  "h1",
  "h2",
  "h3",
  "p",
  "strong",
  "em",
  "a",
  "ul",
  "ol",
  "li",
  "blockquote",
  "br",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "img",
]);

describe("renderMarkdown control and bidirectional characters", () => {
  it.each([
    ["NUL and BEL", "a\u0000b\u0007c", "abc"],
    ["an ANSI colour", "\u001b[31mred\u001b[0m", "red"],
    ["an OSC title", "\u001b]0;owned\u0007name", "name"],
    ["C1 controls", "a\u0085b\u009bc", "a b"],
  ])("removes %s", (_, text, expected) => {
    const markdown = renderMarkdown(paragraph(text));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these.
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(htmlFacts(renderEverywhere(markdown).marked).text.trim()).toBe(expected);
  });

  it("removes an override and isolates right-to-left text when a name holds them", () => {
    const markdown = renderMarkdown(paragraph("evil\u202eexe.txt and שלום"));
    expect(markdown).not.toMatch(/[\u202a-\u202e]/);
    expect(markdown).toBe("\u2068evilexe\\.txt and שלום\u2069\n");
  });
});

// Fragments an attacker would combine: URL and address parts, Markdown and HTML syntax,
// entities, escapes, controls, terminal escapes and bidi characters.
const FRAGMENTS = [
  "http://",
  "https://",
  "www.",
  "ftp://",
  "mailto:",
  "xmpp:",
  "javascript:",
  "data:",
  "//",
  "/",
  ":",
  ".",
  "@",
  "evil",
  "example",
  "com",
  "ru",
  "рф",
  "a",
  "1",
  " ",
  "(",
  ")",
  "[",
  "]",
  "<",
  ">",
  "!",
  "\\",
  "&",
  "#",
  ";",
  "&#58;",
  "&#x6A;",
  "&colon;",
  "&lt;",
  "*",
  "_",
  "`",
  "~",
  "|",
  "=",
  "-",
  "+",
  '"',
  "'",
  "img",
  "src=",
  "script",
  "alert(1)",
  "onerror=",
  "%20",
  "\n",
  "\r\n",
  "\t",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u001b]0;x\u0007",
  "\u0085",
  "\u009b",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u200b",
  "שלום",
  "مرحبا",
  "\ud800",
  "    ",
  "1. ",
  "- ",
  "> ",
  "# ",
];
const hostileText = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join(""));
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that start escape sequences.
const ESCAPE_START = /[\u001b\u0090\u0098\u009b\u009d-\u009f]/;

describe("renderMarkdown with random hostile text", () => {
  it("never gives marked, markdown-it or micromark a link, image, element or handler beyond the builder's own", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = renderEverywhere(renderMarkdown(richDoc(text)));
        for (const output of Object.values(html)) {
          const facts = htmlFacts(output);
          expect(facts.hrefs).toEqual(["https://ok.example/"]);
          expect(facts.srcs).toEqual([]);
          expect(facts.handlers).toEqual([]);
          expect(facts.elements.filter((name) => !MARKDOWN_ELEMENTS.has(name))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("shows every printable character of the data, in order, under marked, markdown-it and micromark", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        fc.pre(!ESCAPE_START.test(text));
        const printable = [...text].filter((char) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(char));
        const html = renderEverywhere(renderMarkdown(paragraph(text)));
        for (const output of Object.values(html)) {
          const shown = [...htmlFacts(output).text];
          let at = 0;
          for (const char of shown) if (char === printable[at]) at += 1;
          expect({ text, output, missing: printable.slice(at).join("") }).toEqual({ text, output, missing: "" });
        }
      }),
      { numRuns: 300 },
    );
  });
});
