import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "./document.js";
import { escapeMarkdown, renderMarkdown } from "./renderMarkdown.js";

function paragraph(text: string): ReportDocument {
  return { kind: "report", version: 1, lang: "en", title: "T", blocks: [{ kind: "paragraph", content: [text] }] };
}

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["*bold* _it_ `code` ~strike~", "\\*bold\\* \\_it\\_ \\`code\\` \\~strike\\~"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
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
    expect(renderMarkdown(doc)).toBe("[x](#)\n");
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
