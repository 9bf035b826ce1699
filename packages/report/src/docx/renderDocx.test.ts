import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "../../test/fixtures.js";
import { reportDocuments } from "../../test/reportDocuments.js";
import type { Block, ReportDocument } from "../document.js";
import { inlineText } from "../internal/inlineText.js";
import { renderDocx } from "./renderDocx.js";

// Each DOCX is read back by two independent readers: mammoth (the DOCX → HTML converter many
// sites use) for the text, headings and lists a reader sees, and an XML parser over the
// unzipped package for what mammoth does not report (repeated header rows, language, margins).

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Docx {
  readonly files: Record<string, Uint8Array>;
  readonly xml: (name: string) => Document;
  readonly html: string;
  readonly text: string;
}

async function read(bytes: Uint8Array): Promise<Docx> {
  const files = unzipSync(bytes);
  const xml = (name: string): Document => {
    const file = files[name];
    if (file === undefined) throw new Error(`${name} is missing from the package`);
    const errors: string[] = [];
    const parsed = new DOMParser({
      errorHandler: {
        warning: () => undefined,
        error: (message: string) => errors.push(message),
        fatalError: (message: string) => errors.push(message),
      },
    }).parseFromString(strFromU8(file), "text/xml");
    expect(errors, `${name} is not well-formed XML`).toEqual([]);
    return parsed;
  };
  const buffer = Buffer.from(bytes);
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const text = (await mammoth.extractRawText({ buffer })).value;
  return { files, xml, html, text };
}

function elements(node: Document | Element, name: string): Element[] {
  const list = node.getElementsByTagNameNS(W, name);
  return Array.from({ length: list.length }, (_, at) => list.item(at) as Element);
}
const attr = (element: Element | undefined, name: string): string | null => element?.getAttributeNS(W, name) ?? null;
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
const decode = (html: string): string =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

function headingsOf(blocks: readonly Block[], level: 1 | 2 | 3): string[] {
  return blocks.flatMap((block) =>
    block.kind === "heading" && block.level === level ? [squash(inlineText(block.content))] : [],
  );
}

describe("renderDocx", () => {
  const documents = reportDocuments();

  it.each(documents)("writes the %s with its headings, lists and texts as a reader sees them", async (_, doc) => {
    const docx = await read(await renderDocx(doc));
    for (const level of [1, 2, 3] as const) {
      const found = [...docx.html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, "g"))].map((match) =>
        squash(decode(match[1] ?? "")),
      );
      expect(found).toEqual(headingsOf(doc.blocks, level));
    }
    const text = squash(docx.text);
    for (const block of doc.blocks) {
      if (block.kind === "paragraph" || block.kind === "note")
        expect(text).toContain(squash(inlineText(block.content)));
      if (block.kind === "table") {
        for (const row of block.rows)
          for (const cell of row.cells) expect(text).toContain(squash(inlineText(cell.content)));
        for (const note of block.footnotes) expect(text).toContain(squash(inlineText(note)));
      }
    }
    // Each ordered list is a Word list numbered from 1: mammoth reads it back as <ol> with its items.
    const ordered = doc.blocks.filter((block) => block.kind === "list" && block.ordered);
    const lists = [...docx.html.matchAll(/<ol>(.*?)<\/ol>/g)].map((match) => (match[1] ?? "").split("<li>").length - 1);
    expect(lists).toEqual(ordered.map((block) => (block.kind === "list" ? block.items.length : 0)));
  });

  it.each(documents)("marks every table header row of the %s to repeat and no row to split", async (_, doc) => {
    const docx = await read(await renderDocx(doc));
    const tables = elements(docx.xml("word/document.xml"), "tbl");
    const expected = doc.blocks.filter((block) => block.kind === "table");
    expect(tables).toHaveLength(expected.length);
    for (const [at, table] of tables.entries()) {
      const rows = elements(table, "tr");
      expect(rows).toHaveLength((expected[at]?.kind === "table" ? expected[at].rows.length : 0) + 1);
      const headerRows = rows.filter((row) => elements(row, "tblHeader").length > 0);
      expect(headerRows).toEqual([rows[0]]);
      for (const row of rows) expect(elements(row, "cantSplit")).toHaveLength(1);
    }
  });

  it("sets the document language, A4 pages with 2 cm margins and Word heading styles", async () => {
    for (const lang of ["en", "ru"] as const) {
      const doc = documents.find(([name]) => name === `decision tracker (${lang})`)?.[1];
      if (doc === undefined) throw new Error("no tracker");
      const docx = await read(await renderDocx(doc));
      const styles = docx.xml("word/styles.xml");
      const defaults = elements(styles, "rPrDefault")[0];
      const language = defaults === undefined ? undefined : elements(defaults, "lang")[0];
      expect(attr(language, "val")).toBe(lang === "en" ? "en-GB" : "ru-RU");
      const body = docx.xml("word/document.xml");
      const size = elements(body, "pgSz")[0];
      expect([attr(size, "w"), attr(size, "h")]).toEqual(["11906", "16838"]);
      const margin = elements(body, "pgMar")[0];
      expect(["top", "bottom", "left", "right"].map((side) => attr(margin, side))).toEqual([
        "1134",
        "1134",
        "1134",
        "1134",
      ]);
      const headingStyles = elements(styles, "style")
        .filter((style) => /^Heading[123]$/.test(style.getAttributeNS(W, "styleId") ?? ""))
        .map((style) => elements(style, "keepNext").length);
      expect(headingStyles).toEqual([1, 1, 1]);
    }
  });

  it("marks text in another language with its language and the visible marker", async () => {
    const docx = await read(await renderDocx(sampleDocument));
    const runs = elements(docx.xml("word/document.xml"), "r");
    const russian = runs.find((run) => (run.textContent ?? "").includes("Дворец молодёжи"));
    expect(russian).toBeDefined();
    if (russian !== undefined) expect(attr(elements(russian, "lang")[0], "val")).toBe("ru-RU");
    expect(docx.text).toContain("[ru] Дворец молодёжи");
  });

  it("embeds each chart as an SVG image with a PNG fallback and its caption", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const docx = await read(await renderDocx(sampleDocument, { chartPng: () => png }));
    const media = Object.keys(docx.files).filter((name) => name.startsWith("word/media/"));
    expect(media.filter((name) => name.endsWith(".svg"))).toHaveLength(1);
    const svg = strFromU8(docx.files[media.find((name) => name.endsWith(".svg")) ?? ""] ?? new Uint8Array());
    expect(svg).toContain("<title");
    expect(media.some((name) => docx.files[name]?.length === png.length)).toBe(true);
    expect(docx.text).toContain("Persons by region");
  });

  it("drops control characters and bidirectional overrides and keeps only safe links when the data is hostile", async () => {
    const hostile: ReportDocument = {
      kind: "report",
      version: 1,
      lang: "en",
      title: "T\u0007",
      blocks: [
        { kind: "paragraph", content: ["Bell\u0007 NUL\u0000 esc\u001b[31mred\u001b[0m C1\u0085 rlo\u202Eexe.txt"] },
        {
          kind: "paragraph",
          content: [
            { kind: "link", href: "javascript:alert(1)", children: ["bad"] },
            " ",
            { kind: "link", href: "https://belarus.iom.int/", children: ["good"] },
          ],
        },
      ],
    };
    const docx = await read(await renderDocx(hostile));
    // The terminal escape and the override go whole; NEL is a line break, so a space here.
    expect(docx.text).toContain("Bell NUL escred C1  rloexe.txt");
    const rels = strFromU8(docx.files["word/_rels/document.xml.rels"] ?? new Uint8Array());
    expect(rels).toContain("https://belarus.iom.int/");
    expect(rels.toLowerCase()).not.toContain("javascript");
  });

  it("writes any text as well-formed XML that reads back as the text less its control characters", async () => {
    // The oracle: keep printable code points; controls, overrides, isolates and lone surrogates go.
    const expected = (text: string): string =>
      [...text]
        .map((char) => {
          const code = char.codePointAt(0) ?? 0;
          if (code >= 0xd800 && code <= 0xdfff) return "\ufffd";
          if (code === 0xfffe || code === 0xffff) return "\ufffd";
          const breaks = [0x09, 0x0a, 0x0d, 0x85, 0x2028, 0x2029];
          if (breaks.includes(code)) return " ";
          if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return "";
          if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return "";
          return char;
        })
        .join("");
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom("a", "Я", "<", "&", "]]>", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u009f"),
          fc.constantFrom("\u202e", "\u2066", "\u2069", "\ud800", "\udfff", "\ufffe", "😀", "\u05d0", '"'),
        ),
        { minLength: 1, maxLength: 20 },
      )
      .map((chars) => chars.join(""));
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        fc.pre(expected(value).trim() !== "");
        const doc: ReportDocument = {
          kind: "report",
          version: 1,
          lang: "en",
          title: value,
          blocks: [{ kind: "paragraph", content: [`<${value}>`] }],
        };
        const docx = await read(await renderDocx(doc));
        expect(docx.text.trim()).toBe(`<${expected(value)}>`.trim());
      }),
      { numRuns: 60 },
    );
  });
});
