import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "../test/fixtures.js";
import { renderCsv } from "./csv.js";
import type { ReportDocument } from "./document.js";
import { renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderReport, reportFileExtensions } from "./renderReport.js";
import { renderText } from "./renderText.js";

// One small document with every block kind, serialised to each format: the snapshots are the
// contract of the renderers.

describe("renderMarkdown", () => {
  it("serialises every block kind when given the sample document", () => {
    expect(renderMarkdown(sampleDocument)).toMatchInlineSnapshot(`
      "# Sample report

      Chaired by **Natalia Zhak** with *technical* support of the &#91;ru&#93; Дворец молодёжи; see [IOM Belarus](<https://belarus.iom.int/>).

      > Illustrative data.

      ## Decisions

      1. to share information;
      2. to widen the MoU.

      - Gomel
      - Vitebsk

      **Date**: 14 May 2014

      **Persons by region**

      | Region | Persons |
      | --- | ---: |
      | Gomel | 42 |
      | Vitebsk | \\* |
      | Brest | … |
      | **Total** | **60** |

      \\* Hidden to protect confidentiality.

      ![Persons by region](<persons.svg>)
      "
    `);
  });

  it("uses a custom fallback marker when one is given", () => {
    const doc: ReportDocument = {
      ...sampleDocument,
      blocks: [{ kind: "paragraph", content: [{ kind: "fallback", text: "Гомель", lang: "ru" }] }],
    };
    expect(renderMarkdown(doc, { fallbackMarker: (lang) => `(${lang ?? "?"})` })).toBe("(ru) Гомель\n");
  });
});

describe("figures without a standalone SVG", () => {
  const doc: ReportDocument = {
    ...sampleDocument,
    blocks: sampleDocument.blocks.flatMap((block) => {
      if (block.kind !== "figure") return [];
      const { src: _src, ...withoutSrc } = block;
      return [withoutSrc];
    }),
  };

  it("prints the chart's data in Markdown and text", () => {
    expect(renderMarkdown(doc)).toBe(
      "**Persons by region**\n\n| Region | Persons |\n| --- | ---: |\n| Gomel | 42 |\n| Vitebsk | \\* |\n",
    );
    expect(renderText(doc)).toBe(
      "Persons by region\n\nRegion  | Persons\n--------+--------\nGomel   |      42\nVitebsk |       *\n",
    );
  });
});

describe("renderText", () => {
  it("serialises every block kind when given the sample document", () => {
    expect(renderText(sampleDocument)).toMatchInlineSnapshot(`
      "Sample report
      =============

      Chaired by Natalia Zhak with technical support of the [ru] Дворец молодёжи; see IOM Belarus <https://belarus.iom.int/>.

      > Illustrative data.

      Decisions
      ---------

      1. to share information;
      2. to widen the MoU.

      - Gomel
      - Vitebsk

      Date: 14 May 2014

      Persons by region

      Region  | Persons
      --------+--------
      Gomel   |      42
      Vitebsk |       *
      Brest   |       …
      Total   |      60

      * Hidden to protect confidentiality.

      Persons by region (persons.svg)
      "
    `);
  });
});

describe("renderHtml", () => {
  it("serialises every block kind when given the sample document", () => {
    const page = renderHtml(sampleDocument);
    // The stylesheet is long and constant: snapshot the body.
    expect(page.slice(page.indexOf("<body>"))).toMatchInlineSnapshot(`
      "<body>
      <main>
      <h1>Sample report</h1>
      <p>Chaired by <strong>Natalia Zhak</strong> with <em>technical</em> support of the <span class="fallback" lang="ru"><span class="fallback-marker">[ru]</span> Дворец молодёжи</span>; see <a href="https://belarus.iom.int/">IOM Belarus</a>.</p>
      <aside class="note note-warning" role="note"><p>Illustrative data.</p></aside>
      <h2>Decisions</h2>
      <ol>
      <li>to share information;</li>
      <li>to widen the MoU.</li>
      </ol>
      <ul>
      <li>Gomel</li>
      <li>Vitebsk</li>
      </ul>
      <dl>
      <dt>Date</dt><dd>14 May 2014</dd>
      </dl>
      <div class="table-wrap"><table id="persons"><caption>Persons by region</caption>
      <colgroup><col style="width:48.6%"><col style="width:51.4%"></colgroup>
      <thead><tr><th scope="col">Region</th><th scope="col" class="num">Persons</th></tr></thead>
      <tbody>
      <tr><th scope="row">Gomel</th><td class="num">42</td></tr>
      <tr><th scope="row">Vitebsk</th><td class="num suppressed">*</td></tr>
      <tr><th scope="row">Brest</th><td class="num unknown">…</td></tr>
      <tr class="total"><th scope="row">Total</th><td class="num">60</td></tr>
      </tbody></table>
      <div class="footnotes"><p>* Hidden to protect confidentiality.</p></div>
      </div>
      <figure><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-persons-by-region-title chart-persons-by-region-desc" lang="en" viewBox="0 0 640 360" width="640" height="360" font-family="system-ui, sans-serif"><title id="chart-persons-by-region-title">Persons by region</title><desc id="chart-persons-by-region-desc">Persons: Gomel 42, Vitebsk hidden.</desc><rect width="100%" height="100%" fill="#fff"></rect><text class="title" x="320" y="20" font-size="14" font-weight="bold" text-anchor="middle">Persons by region</text><g class="tick"><line x1="64" x2="548" y1="316" y2="316" stroke="#ddd"></line><text x="58" y="320" font-size="11" text-anchor="end">0</text></g><g class="tick"><line x1="64" x2="548" y1="260.8" y2="260.8" stroke="#ddd"></line><text x="58" y="264.8" font-size="11" text-anchor="end">10</text></g><g class="tick"><line x1="64" x2="548" y1="205.6" y2="205.6" stroke="#ddd"></line><text x="58" y="209.6" font-size="11" text-anchor="end">20</text></g><g class="tick"><line x1="64" x2="548" y1="150.4" y2="150.4" stroke="#ddd"></line><text x="58" y="154.4" font-size="11" text-anchor="end">30</text></g><g class="tick"><line x1="64" x2="548" y1="95.2" y2="95.2" stroke="#ddd"></line><text x="58" y="99.2" font-size="11" text-anchor="end">40</text></g><g class="tick"><line x1="64" x2="548" y1="40" y2="40" stroke="#ddd"></line><text x="58" y="44" font-size="11" text-anchor="end">50</text></g><line class="axis" x1="64" x2="548" y1="316" y2="316" stroke="#333"></line><line class="axis" x1="64" x2="64" y1="40" y2="316" stroke="#333"></line><text x="185" y="332" font-size="11" text-anchor="middle">Gomel</text><text x="427" y="332" font-size="11" text-anchor="middle">Vitebsk</text><text class="axis-label" x="306" y="352" font-size="12" text-anchor="middle">Region</text><text class="axis-label" x="14" y="178" font-size="12" text-anchor="middle" transform="rotate(-90 14 178)">Persons</text><g class="bar"><rect x="88.2" y="84.2" width="191.6" height="231.8" fill="#0072B2"></rect><text class="value" x="184" y="80.2" font-size="11" text-anchor="middle">42</text></g><text class="hidden-value" x="427" y="312" font-size="12" text-anchor="middle">*</text><g class="legend legend-hidden"><text x="560" y="43" font-size="11">* hidden</text></g></svg><figcaption>Persons by region</figcaption></figure>
      </main>
      </body>
      </html>
      "
    `);
  });

  it("writes a self-contained page with lang, charset, CSP and print styles", () => {
    const page = renderHtml({ ...sampleDocument, lang: "ru" });
    expect(page.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain("Content-Security-Policy");
    expect(page).toContain("@media print");
    expect(page).not.toMatch(/<script|<link|src="http/);
  });

  it("keeps a custom stylesheet from closing its element when it holds </style>", () => {
    const page = renderHtml(sampleDocument, { stylesheet: "p{color:red}</style><script>alert(1)</script>" });
    // Inside <style> the rest is raw text: harmless as long as the element cannot be closed early.
    expect(page).not.toContain("</style><script>");
    expect(page.match(/<\/style>/gi)).toHaveLength(1);
  });
});

describe("renderHtml with any data", () => {
  const TAGS =
    /<\/?(?:main|h[1-3]|p|aside|ol|ul|li|dl|dt|dd|div|table|caption|thead|tbody|tr|th|td|strong|em|a|span)[\s>]/g;
  const body = (text: string): string => {
    const doc: ReportDocument = {
      ...sampleDocument,
      title: text,
      blocks: [
        { kind: "heading", level: 1, content: [text] },
        {
          kind: "paragraph",
          content: [
            text,
            { kind: "strong", children: [text] },
            { kind: "link", href: text, children: [text] },
            { kind: "fallback", text, lang: text },
          ],
        },
        { kind: "list", ordered: false, items: [[text]] },
        { kind: "definitions", items: [{ term: [text], details: [text] }] },
        {
          kind: "table",
          id: text,
          caption: [text],
          columns: [{ header: [text], align: "start" }],
          rows: [{ cells: [{ content: [text] }] }],
          footnotes: [[text]],
        },
      ],
    };
    const page = renderHtml(doc);
    return page.slice(page.indexOf("<body>"));
  };
  const tagCount = body("x").match(TAGS)?.length ?? 0;
  const angleCount = body("x").match(/</g)?.length ?? 0;

  it("never lets data add a tag or an attribute, for any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const page = body(text);
        expect(page.match(/</g)?.length).toBe(angleCount);
        expect(page.match(TAGS)?.length).toBe(tagCount);
      }),
    );
  });
});

describe("renderJson", () => {
  it("serialises the tree when given a small document", () => {
    const doc: ReportDocument = { ...sampleDocument, blocks: sampleDocument.blocks.slice(0, 2) };
    expect(renderJson(doc)).toMatchInlineSnapshot(`
      "{
        "kind": "report",
        "version": 1,
        "lang": "en",
        "title": "Sample report",
        "blocks": [
          {
            "kind": "heading",
            "level": 1,
            "content": [
              "Sample report"
            ]
          },
          {
            "kind": "paragraph",
            "content": [
              "Chaired by ",
              {
                "kind": "strong",
                "children": [
                  "Natalia Zhak"
                ]
              },
              " with ",
              {
                "kind": "emphasis",
                "children": [
                  "technical"
                ]
              },
              " support of the ",
              {
                "kind": "fallback",
                "text": "Дворец молодёжи",
                "lang": "ru"
              },
              "; see ",
              {
                "kind": "link",
                "href": "https://belarus.iom.int/",
                "children": [
                  "IOM Belarus"
                ]
              },
              "."
            ]
          }
        ]
      }
      "
    `);
  });

  it("round-trips through JSON.parse when given the sample document", () => {
    expect(JSON.parse(renderJson(sampleDocument))).toEqual(sampleDocument);
  });
});

describe("renderCsv", () => {
  it("writes the first table when given no table id", () => {
    expect(renderCsv(sampleDocument)).toMatchInlineSnapshot(`
      "Region,Persons
      Gomel,42
      Vitebsk,*
      Brest,…
      Total,60
      "
    `);
  });

  it("throws not_found when the document has no such table", () => {
    expect(() => renderCsv(sampleDocument, { tableId: "missing" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});

describe("renderReport", () => {
  it.each([
    ["markdown", renderMarkdown(sampleDocument)],
    ["html", renderHtml(sampleDocument)],
    ["text", renderText(sampleDocument)],
    ["json", renderJson(sampleDocument)],
    ["csv", renderCsv(sampleDocument)],
  ] as const)("dispatches to the %s renderer", (format, expected) => {
    expect(renderReport(sampleDocument, format)).toBe(expected);
    expect(reportFileExtensions[format]).toMatch(/^[a-z]+$/);
  });
});
