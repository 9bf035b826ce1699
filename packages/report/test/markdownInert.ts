// What "inert" means for a report's Markdown, checked in every renderer users run (marked,
// markdown-it and micromark, GFM or linkify on and off): the HTML holds only the elements our
// Markdown writes, an `<a>` for each link the document holds and no other, each pointing where
// the document meant (or to `#`, where a scheme was refused), an `<img>` only for a figure's
// relative chart file, no event handler and no script or remote URL.
//
// Bare addresses in data (`www.evil.example`, `http://…`, `a@b.c`) count as links we did not
// mean: GFM and linkify would make them clickable, so the writer escapes them and this check
// counts every `<a>`.
import type { Block, ReportDocument } from "../src/document.js";
import type { Inline } from "../src/inlineContent.js";
import {
  htmlFacts,
  isDangerousUrl,
  isRemoteUrl,
  type MarkdownRendererName,
  renderEverywhere,
} from "./markdownOracle.js";

/** The elements a report's Markdown may produce; anything else came from data. */
export const MARKDOWN_ELEMENTS: ReadonlySet<string> = new Set(
  "html head body h1 h2 h3 p strong em a ul ol li blockquote br table thead tbody tr th td img".split(" "),
);

/** The link targets and image sources a document asks for. */
export interface IntendedTargets {
  /** `href` of every link, in document order. */
  readonly hrefs: readonly string[];
  /** `src` of every figure that has one. */
  readonly srcs: readonly string[];
}

function inlineHrefs(content: readonly Inline[], out: string[]): void {
  for (const run of content) {
    if (typeof run === "string" || run.kind === "fallback") continue;
    if (run.kind === "link") out.push(run.href);
    inlineHrefs(run.children, out);
  }
}

/** Every link target and figure source in `doc`: what the Markdown may point to. */
export function intendedTargets(doc: ReportDocument): IntendedTargets {
  const hrefs: string[] = [];
  const srcs: string[] = [];
  const visit = (block: Block): void => {
    switch (block.kind) {
      case "heading":
      case "paragraph":
      case "note":
        inlineHrefs(block.content, hrefs);
        break;
      case "list":
        for (const item of block.items) inlineHrefs(item, hrefs);
        break;
      case "definitions":
        for (const item of block.items) {
          inlineHrefs(item.term, hrefs);
          inlineHrefs(item.details, hrefs);
        }
        break;
      case "table":
        inlineHrefs(block.caption, hrefs);
        for (const column of block.columns) inlineHrefs(column.header, hrefs);
        for (const row of block.rows) for (const cell of row.cells) inlineHrefs(cell.content, hrefs);
        for (const note of block.footnotes) inlineHrefs(note, hrefs);
        break;
      case "figure":
        inlineHrefs(block.caption, hrefs);
        if (block.src !== undefined) srcs.push(block.src);
        break;
    }
  };
  for (const block of doc.blocks) visit(block);
  return { hrefs, srcs };
}

/**
 * A URL compared by what it points to: percent-escapes decoded where they decode, white space,
 * controls and invisible format characters dropped (the writer encodes or removes them; each
 * renderer percent-encodes its own way).
 */
export function comparableUrl(url: string): string {
  const decoded = url.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return decoded.replace(/[\s\p{Cc}\p{Cf}]/gu, "");
}

/**
 * What is not inert in the HTML of each renderer for `markdown`, the Markdown of `doc`: one line
 * per problem, prefixed by the renderer's name; empty when every renderer's HTML is inert.
 */
export function markdownProblems(doc: ReportDocument, markdown: string): string[] {
  return renderedProblems(doc, renderEverywhere(markdown));
}

/** {@link markdownProblems} for HTML already rendered. */
export function renderedProblems(
  doc: ReportDocument,
  rendered: Readonly<Record<MarkdownRendererName, string>>,
): string[] {
  const intended = intendedTargets(doc);
  const hrefs = new Set([...intended.hrefs.map(comparableUrl), "#"]);
  const srcs = new Set(intended.srcs.map(comparableUrl));
  const problems: string[] = [];
  for (const [name, html] of Object.entries(rendered)) {
    const facts = htmlFacts(html);
    const say = (what: string): void => {
      problems.push(`${name}: ${what}`);
    };
    for (const element of facts.elements) if (!MARKDOWN_ELEMENTS.has(element)) say(`element <${element}>`);
    const anchors = facts.elements.filter((element) => element === "a").length;
    if (anchors !== intended.hrefs.length) say(`${anchors} <a> for ${intended.hrefs.length} links`);
    for (const href of facts.hrefs) {
      if (!hrefs.has(comparableUrl(href))) say(`href ${JSON.stringify(href)} not in the document`);
      if (isDangerousUrl(href)) say(`dangerous href ${JSON.stringify(href)}`);
    }
    const images = facts.elements.filter((element) => element === "img").length;
    if (images > intended.srcs.length) say(`${images} <img> for ${intended.srcs.length} figure files`);
    for (const src of facts.srcs) {
      if (!srcs.has(comparableUrl(src))) say(`src ${JSON.stringify(src)} not in the document`);
      if (isRemoteUrl(src) || isDangerousUrl(src)) say(`remote or dangerous src ${JSON.stringify(src)}`);
    }
    for (const handler of facts.handlers) say(`event handler ${handler}`);
  }
  return problems;
}
